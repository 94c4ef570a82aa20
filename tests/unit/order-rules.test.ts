/**
 * The pure rules of ordering: what a typed domain name becomes and whether it can be
 * registered, and how a driver's failure reads for the member and for the provider's ticket.
 */
import { describe, expect, it } from "vitest";
import { isRegistrableName, normalizeDomainName } from "@/lib/orders/domain-name";
import { describeFailure, DriverTimeout, withinDriverTimeout } from "@/lib/orders/provisioning-failure";
import { RegistrarRefusal } from "@/lib/registrars/types";

describe("domain names typed in the order page", () => {
  it("drops a scheme, a path, www. and a trailing dot, and lower-cases", () => {
    expect(normalizeDomainName("  https://www.Nube-Studio.COM/contact ")).toBe("nube-studio.com");
    expect(normalizeDomainName("example.es.")).toBe("example.es");
  });

  it("accepts labels of letters, digits and inner hyphens; refuses the rest", () => {
    expect(isRegistrableName("nube-studio.com")).toBe(true);
    expect(isRegistrableName("a.co.uk")).toBe(true);
    for (const bad of ["", "com", "-nube.com", "nube-.com", "nu be.com", "nube..com", "nube.123", `${"a".repeat(64)}.com`]) expect(isRegistrableName(bad), bad).toBe(false);
  });
});

describe("provisioning failures", () => {
  it("a registrar's refusal keeps its code for the member; anything else is a fault with its message", () => {
    expect(describeFailure(new RegistrarRefusal("transferCodeWrong", { domain: "x.com" }))).toMatchObject({ code: "transferCodeWrong" });
    expect(describeFailure(new RegistrarRefusal("renewalTooLong"))).toMatchObject({ code: "driverFault" });
    expect(describeFailure(new Error("socket hang up"))).toEqual({ code: "driverFault", reason: "Error: socket hang up" });
    expect(describeFailure(new DriverTimeout())).toMatchObject({ code: "driverTimeout" });
  });

  it("a driver that does not answer in time is cut off", async () => {
    await expect(withinDriverTimeout(new Promise(() => {}), 10)).rejects.toBeInstanceOf(DriverTimeout);
    await expect(withinDriverTimeout(Promise.resolve(7), 1000)).resolves.toBe(7);
  });
});
