import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { DomainStatus } from "@/lib/generated/prisma/client";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A name no other test uses (Domain.name is unique across accounts). */
export function uniqueDomainName(label = "site"): string {
  return `${label}-${randomBytes(5).toString("hex")}.example`;
}

/**
 * A domain of the account straight in the database: active, locked, auto-renewing, two
 * nameservers, unless told otherwise; held at the demo registrar (its registry row, as the
 * registrar has it), since every domain change goes through the registrar.
 */
export async function createDomain(
  accountId: string,
  options: { name?: string; status?: DomainStatus; locked?: boolean; autoRenew?: boolean; registrantContactId?: string | null; expiresInDays?: number; nameservers?: string[] } = {},
) {
  const name = options.name ?? uniqueDomainName();
  const locked = options.locked ?? true;
  const expiresAt = new Date(Date.now() + (options.expiresInDays ?? 365) * DAY_MS);
  const nameservers = options.nameservers ?? ["ns1.factory.example", "ns2.factory.example"];
  const registrant = { name: "Factory Holder", organization: null, email: "holder@factory.example", country: "ES" };
  await db.demoRegistrarDomain.create({ data: { name, expiresAt, locked, nameservers, registrant } });
  return db.domain.create({
    data: {
      accountId,
      name,
      status: options.status ?? "ACTIVE",
      locked,
      autoRenew: options.autoRenew ?? true,
      registrantContactId: options.registrantContactId ?? null,
      expiresAt,
      nameservers,
    },
  });
}

/** The demo registrar's record of a domain. */
export function registryRecord(name: string) {
  return db.demoRegistrarDomain.findUniqueOrThrow({ where: { name } });
}
