import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { DomainStatus } from "@/lib/generated/prisma/client";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A name no other test uses (Domain.name is unique across accounts). */
export function uniqueDomainName(label = "site"): string {
  return `${label}-${randomBytes(5).toString("hex")}.example`;
}

/** A domain of the account straight in the database: active, locked, auto-renewing, two nameservers, unless told otherwise. */
export function createDomain(
  accountId: string,
  options: { name?: string; status?: DomainStatus; locked?: boolean; autoRenew?: boolean; registrantContactId?: string | null; expiresInDays?: number; nameservers?: string[] } = {},
) {
  return db.domain.create({
    data: {
      accountId,
      name: options.name ?? uniqueDomainName(),
      status: options.status ?? "ACTIVE",
      locked: options.locked ?? true,
      autoRenew: options.autoRenew ?? true,
      registrantContactId: options.registrantContactId ?? null,
      expiresAt: new Date(Date.now() + (options.expiresInDays ?? 365) * DAY_MS),
      nameservers: options.nameservers ?? ["ns1.factory.example", "ns2.factory.example"],
    },
  });
}
