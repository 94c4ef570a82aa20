/**
 * The demo registrar behaves as a registrar does, on fixed rules tests can rely on
 * (lib/registrars/demo/demo-names.ts): taken and premium names, registration for 1 to 10
 * years, transfers that need the right code and no lock, renewals, and one auth code.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openSecret } from "@/lib/auth/secret-box";
import { transferCodeElsewhere } from "@/lib/registrars/demo/demo-names";
import { demoRegistrar } from "@/lib/registrars/demo/demo-registrar";
import { RegistrarRefusal } from "@/lib/registrars/types";

const NOW = new Date("2026-12-02T10:00:00.000Z");
const registrant = { name: "Clara Client", organization: "Client Shop S.L.", email: "clara@client.example", country: "ES" };
const fresh = (label = "fresh") => `${label}-${randomBytes(4).toString("hex")}.com`;
const inTx = <T>(work: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<T>) => db.$transaction(work);
const refusalOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof RegistrarRefusal ? error.code : error));

describe("availability", () => {
  it("says available, premium, taken (elsewhere or held here) and unsupported, always the same for the same name", async () => {
    const name = fresh();
    expect(await inTx((tx) => demoRegistrar.availability(tx, name))).toEqual({ name, status: "available", premium: null });
    expect(await inTx((tx) => demoRegistrar.availability(tx, "abc.io"))).toEqual({ name: "abc.io", status: "available", premium: { currency: "EUR", registrationMinor: 25_000 } });
    expect(await inTx((tx) => demoRegistrar.availability(tx, "premium-hosting.net"))).toMatchObject({ status: "available", premium: { registrationMinor: 9_900 } });
    expect(await inTx((tx) => demoRegistrar.availability(tx, "google.com"))).toEqual({ name: "google.com", status: "taken" });
    expect(await inTx((tx) => demoRegistrar.availability(tx, "shop.xyz"))).toEqual({ name: "shop.xyz", status: "unsupported" });
    await inTx((tx) => demoRegistrar.register(tx, { name, years: 1, nameservers: [], registrant }, NOW));
    expect(await inTx((tx) => demoRegistrar.availability(tx, name))).toEqual({ name, status: "taken" });
  });
});

describe("register and renew", () => {
  it("registers for the years asked, refuses a taken name, and two registrations of one name at once make one", async () => {
    const name = fresh();
    expect(await inTx((tx) => demoRegistrar.register(tx, { name, years: 2, nameservers: ["ns1.a.example", "ns2.a.example"], registrant }, NOW))).toEqual({ expiresAt: new Date("2028-12-02T10:00:00.000Z") });
    expect(await db.demoRegistrarDomain.findUniqueOrThrow({ where: { name } })).toMatchObject({ nameservers: ["ns1.a.example", "ns2.a.example"], registrant, locked: true, authCode: null });
    expect(await refusalOf(inTx((tx) => demoRegistrar.register(tx, { name, years: 1, nameservers: [], registrant }, NOW)))).toBe("domainTaken");
    expect(await refusalOf(inTx((tx) => demoRegistrar.register(tx, { name: "taken-x.com", years: 1, nameservers: [], registrant }, NOW)))).toBe("domainTaken");
    expect(await refusalOf(inTx((tx) => demoRegistrar.register(tx, { name: fresh(), years: 11, nameservers: [], registrant }, NOW)))).toBe("renewalTooLong");

    const raced = fresh("race");
    const outcomes = await Promise.all([1, 2].map(() => refusalOf(inTx((tx) => demoRegistrar.register(tx, { name: raced, years: 1, nameservers: [], registrant }, NOW)))));
    expect(outcomes.sort()).toEqual(["domainTaken", null].sort());
    expect(await db.demoRegistrarDomain.count({ where: { name: raced } })).toBe(1);
  });

  it("renews from the expiry, from today once expired, and never beyond ten years ahead", async () => {
    const name = fresh();
    await inTx((tx) => demoRegistrar.register(tx, { name, years: 1, nameservers: [], registrant }, NOW));
    expect(await inTx((tx) => demoRegistrar.renew(tx, name, 3, NOW))).toEqual({ expiresAt: new Date("2030-12-02T10:00:00.000Z") });
    expect(await refusalOf(inTx((tx) => demoRegistrar.renew(tx, name, 7, NOW)))).toBe("renewalTooLong");
    expect((await db.demoRegistrarDomain.findUniqueOrThrow({ where: { name } })).expiresAt).toEqual(new Date("2030-12-02T10:00:00.000Z"));

    await db.demoRegistrarDomain.update({ where: { name }, data: { expiresAt: new Date("2026-11-01T00:00:00.000Z") } });
    expect(await inTx((tx) => demoRegistrar.renew(tx, name, 1, NOW))).toEqual({ expiresAt: new Date("2027-12-02T10:00:00.000Z") });
    expect(await refusalOf(inTx((tx) => demoRegistrar.renew(tx, fresh("unknown"), 1, NOW)))).toBe("registrarUnknownDomain");
  });
});

describe("transfers and the auth code", () => {
  it("brings in a name registered elsewhere only with its code and without the other registrar's lock", async () => {
    const name = `taken-${randomBytes(4).toString("hex")}.es`;
    const transfer = (transferCode: string, domain = name) => inTx((tx) => demoRegistrar.transfer(tx, { name: domain, transferCode, nameservers: [], registrant }, NOW));
    expect(await refusalOf(transfer("WRONG"))).toBe("transferCodeWrong");
    const locked = `locked-${randomBytes(4).toString("hex")}.es`;
    expect(await refusalOf(transfer(transferCodeElsewhere(locked), locked))).toBe("transferLocked");
    expect(await refusalOf(transfer("x", fresh()))).toBe("registrarUnknownDomain");
    expect(await transfer(transferCodeElsewhere(name))).toEqual({ expiresAt: new Date("2027-12-02T10:00:00.000Z") });
    expect(await db.demoRegistrarDomain.count({ where: { name } })).toBe(1);
  });

  it("makes one auth code, kept encrypted, the same on every request; changes reach the registry", async () => {
    const name = fresh();
    await inTx((tx) => demoRegistrar.register(tx, { name, years: 1, nameservers: [], registrant }, NOW));
    const [a, b] = await Promise.all([inTx((tx) => demoRegistrar.transferCode(tx, name)), inTx((tx) => demoRegistrar.transferCode(tx, name))]);
    expect(a).toBe(b);
    const stored = (await db.demoRegistrarDomain.findUniqueOrThrow({ where: { name } })).authCode!;
    expect(stored).not.toContain(a);
    expect(openSecret(stored)).toBe(a);

    await inTx((tx) => demoRegistrar.setLock(tx, name, false));
    await inTx((tx) => demoRegistrar.setNameservers(tx, name, ["ns1.b.example", "ns2.b.example"]));
    await inTx((tx) => demoRegistrar.setRegistrant(tx, name, { ...registrant, name: "Other Holder" }));
    expect(await db.demoRegistrarDomain.findUniqueOrThrow({ where: { name } })).toMatchObject({ locked: false, nameservers: ["ns1.b.example", "ns2.b.example"], registrant: { name: "Other Holder" } });
  });
});
