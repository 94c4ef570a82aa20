import { describe, expect, it } from "vitest";
import { hashSecret, networkAllows, newKeyToken, parseBearer, parseNetwork } from "@/lib/api/key-token";
import { scopesAllow } from "@/lib/api/scopes";

describe("API key tokens", () => {
  it("are read back from the Authorization header only in their own shape", () => {
    const { token, prefix, secretHash } = newKeyToken();
    expect(parseBearer(`Bearer ${token}`)).toEqual({ prefix, secretHash });
    expect(parseBearer(`bearer   ${token} `)).toEqual({ prefix, secretHash });
    for (const header of [null, "", token, `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token} extra`, "Bearer ca_ZZZZZZZZZZZZ_" + "a".repeat(43)]) {
      expect(parseBearer(header), String(header)).toBeNull();
    }
  });

  it("keep only a hash of the secret, and two tokens never share a prefix or secret", () => {
    const [a, b] = [newKeyToken(), newKeyToken()];
    expect(a.prefix).not.toBe(b.prefix);
    expect(a.secretHash).not.toBe(b.secretHash);
    expect(a.secretHash).toBe(hashSecret(a.token.split("_").slice(2).join("_")));
    expect(a.token).not.toContain(a.secretHash);
  });
});

describe("network allow-lists", () => {
  it("accept addresses and CIDR networks, and nothing else", () => {
    expect(parseNetwork("203.0.113.0/24")).toEqual({ address: "203.0.113.0", prefix: 24, family: "ipv4" });
    expect(parseNetwork("2001:db8::/32")).toEqual({ address: "2001:db8::", prefix: 32, family: "ipv6" });
    expect(parseNetwork("198.51.100.7")).toEqual({ address: "198.51.100.7", prefix: 32, family: "ipv4" });
    for (const bad of ["", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/8/8", "example.com", "10.0.0.0/-1", "10.0.0.0/8.5"]) expect(parseNetwork(bad), bad).toBeNull();
  });

  it("allow any address when empty, else only addresses inside", () => {
    expect(networkAllows([], null)).toBe(true);
    const office = ["203.0.113.0/24", "2001:db8::/32"];
    expect(networkAllows(office, "203.0.113.200")).toBe(true);
    expect(networkAllows(office, "::ffff:203.0.113.200")).toBe(true);
    expect(networkAllows(office, "2001:db8:1::5")).toBe(true);
    expect(networkAllows(office, "203.0.114.1")).toBe(false);
    expect(networkAllows(office, null)).toBe(false);
  });
});

describe("scopes", () => {
  it("grant what they name; write includes read; unknown scopes grant nothing", () => {
    expect(scopesAllow(["accounts:read"], "accounts:read")).toBe(true);
    expect(scopesAllow(["accounts:write"], "accounts:read")).toBe(true);
    expect(scopesAllow(["accounts:read"], "accounts:write")).toBe(false);
    expect(scopesAllow(["invoices:write"], "accounts:read")).toBe(false);
    expect(scopesAllow(["accounts:*", "*"], "accounts:read")).toBe(false);
  });
});
