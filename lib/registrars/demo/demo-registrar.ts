import { randomInt } from "node:crypto";
import { openSecret, sealSecret } from "../../auth/secret-box";
import type { Prisma } from "../../generated/prisma/client";
import { RegistrarRefusal, type RegistrantRecord, type RegistrarDb, type RegistrarDriver } from "../types";
import { isLockedElsewhere, isRegisteredElsewhere, isRegistryDown, isSoldHere, premiumPrice, transferCodeElsewhere } from "./demo-names";

/** What a registrar driver throws when the registry does not answer: a fault, not a refusal the member could fix. */
export class RegistryOutage extends Error {
  constructor(name: string) {
    super(`The registry did not answer for ${name} (demo registrar: names starting with "outage-" never do).`);
    this.name = "RegistryOutage";
  }
}

const MAX_YEARS_AHEAD = 10;

// No look-alikes (0/O, 1/l/I), and symbols registries accept in an EPP auth code.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-+!";
const CODE_LENGTH = 16;

function newAuthCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

function limitYears(years: number) {
  if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS_AHEAD) throw new RegistrarRefusal("renewalTooLong", { max: MAX_YEARS_AHEAD });
}

/** The registry's row for a name held here, locked for the change; refused when the registry does not hold it. */
async function heldHere(db: RegistrarDb, name: string) {
  const [row] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "DemoRegistrarDomain" WHERE name = ${name} FOR UPDATE`;
  if (!row) throw new RegistrarRefusal("registrarUnknownDomain", { domain: name });
  return db.demoRegistrarDomain.findUniqueOrThrow({ where: { id: row.id } });
}

/** Creates the registry row; a name someone registered a moment earlier is "taken" (the unique index decides). */
async function record(db: RegistrarDb, data: Prisma.DemoRegistrarDomainCreateInput) {
  const created = await db.demoRegistrarDomain.createMany({ data: [data], skipDuplicates: true });
  if (created.count === 0) throw new RegistrarRefusal("domainTaken", { domain: data.name });
}

/**
 * A registrar with its registry in PostgreSQL (DemoRegistrarDomain), for demos and tests: it
 * behaves as a real one does (taken names, premium prices, transfer codes, locks, the
 * ten-year limit) on the fixed rules of demo-names.ts.
 */
export const demoRegistrar: RegistrarDriver = {
  async availability(db, name) {
    if (!isSoldHere(name)) return { name, status: "unsupported" };
    if (isRegisteredElsewhere(name) || (await db.demoRegistrarDomain.count({ where: { name } }))) return { name, status: "taken" };
    return { name, status: "available", premium: premiumPrice(name) };
  },

  async register(db, { name, years, nameservers, registrant }, now = new Date()) {
    if (!isSoldHere(name)) throw new RegistrarRefusal("domainExtensionUnsupported", { domain: name });
    if (isRegisteredElsewhere(name)) throw new RegistrarRefusal("domainTaken", { domain: name });
    limitYears(years);
    if (isRegistryDown(name)) throw new RegistryOutage(name);
    const expiresAt = addYears(now, years);
    await record(db, { name, expiresAt, nameservers, registrant });
    return { expiresAt };
  },

  async transfer(db, { name, transferCode, nameservers, registrant }, now = new Date()) {
    if (!isSoldHere(name)) throw new RegistrarRefusal("domainExtensionUnsupported", { domain: name });
    // Only a name registered elsewhere can come in; one held here already is not a transfer.
    if (isRegistryDown(name)) throw new RegistryOutage(name);
    if (!isRegisteredElsewhere(name)) throw new RegistrarRefusal("registrarUnknownDomain", { domain: name });
    if (isLockedElsewhere(name)) throw new RegistrarRefusal("transferLocked", { domain: name });
    if (transferCode.trim() !== transferCodeElsewhere(name)) throw new RegistrarRefusal("transferCodeWrong", { domain: name });
    const expiresAt = addYears(now, 1);
    await record(db, { name, expiresAt, nameservers, registrant });
    return { expiresAt };
  },

  async renew(db, name, years, now = new Date()) {
    limitYears(years);
    const domain = await heldHere(db, name);
    // An expired domain renews from today (its grace period), a live one from its expiry.
    const expiresAt = addYears(domain.expiresAt > now ? domain.expiresAt : now, years);
    if (expiresAt > addYears(now, MAX_YEARS_AHEAD)) throw new RegistrarRefusal("renewalTooLong", { max: MAX_YEARS_AHEAD });
    await db.demoRegistrarDomain.update({ where: { id: domain.id }, data: { expiresAt } });
    return { expiresAt };
  },

  async setNameservers(db, name, hosts) {
    const domain = await heldHere(db, name);
    await db.demoRegistrarDomain.update({ where: { id: domain.id }, data: { nameservers: hosts } });
  },

  async setRegistrant(db, name, registrant: RegistrantRecord) {
    const domain = await heldHere(db, name);
    await db.demoRegistrarDomain.update({ where: { id: domain.id }, data: { registrant } });
  },

  async setLock(db, name, locked) {
    const domain = await heldHere(db, name);
    await db.demoRegistrarDomain.update({ where: { id: domain.id }, data: { locked } });
  },

  async transferCode(db, name) {
    const domain = await heldHere(db, name);
    if (domain.authCode) return openSecret(domain.authCode);
    const code = newAuthCode();
    await db.demoRegistrarDomain.update({ where: { id: domain.id }, data: { authCode: sealSecret(code) } });
    return code;
  },

  async adopt(db, { name, expiresAt, locked, nameservers, registrant }) {
    // The provider says it holds the name here: the registry takes its word (a real registrar would check).
    await db.demoRegistrarDomain.upsert({ where: { name }, create: { name, expiresAt, locked, nameservers, registrant }, update: { expiresAt, locked, nameservers, registrant } });
  },
};
