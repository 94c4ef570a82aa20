import "server-only";
import { db } from "@/lib/db";

/** The account's domains, soonest expiry first, each with its registrant's name (no transfer code). */
export function listDomains(accountId: string) {
  return db.domain.findMany({
    where: { accountId },
    orderBy: [{ expiresAt: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      status: true,
      expiresAt: true,
      autoRenew: true,
      locked: true,
      nameservers: true,
      registrantContactId: true,
      registrant: { select: { firstName: true, lastName: true, company: true } },
    },
  });
}

export type DomainRow = Awaited<ReturnType<typeof listDomains>>[number];
