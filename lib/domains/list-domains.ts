import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import { fetchKeysetPage, type KeysetOrder } from "@/lib/pagination/keyset";
import { containsText } from "@/lib/pagination/search";

export const DOMAINS_PAGE_SIZE = 50;

/** Soonest expiry first (what needs renewing): index `Domain(accountId, expiresAt, id)`. */
const ORDER: KeysetOrder<"date", "expiresAt"> = { field: "expiresAt", kind: "date", direction: "asc" };

/** What the list and the domain's panel show (never the transfer code). */
const DOMAIN_ROW = {
  id: true,
  name: true,
  status: true,
  expiresAt: true,
  autoRenew: true,
  locked: true,
  nameservers: true,
  registrantContactId: true,
  registrant: { select: { firstName: true, lastName: true, company: true } },
} as const;

export type DomainRow = Prisma.DomainGetPayload<{ select: typeof DOMAIN_ROW }>;

export type DomainListQuery = { search?: string; cursor?: string | string[]; pageSize?: number };

/** One page of the account's domains, soonest expiry first, optionally those whose name contains a search. */
export function listDomainsPage(accountId: string, query: DomainListQuery = {}) {
  const filter: Prisma.DomainWhereInput = { accountId, ...(query.search ? { name: containsText(query.search) } : {}) };
  return fetchKeysetPage({
    filter,
    order: ORDER,
    cursor: query.cursor,
    pageSize: query.pageSize ?? DOMAINS_PAGE_SIZE,
    fetch: ({ where, orderBy, take }) => db.domain.findMany({ where, orderBy, take, select: DOMAIN_ROW }),
    keyOf: (domain) => domain.expiresAt,
  });
}

/**
 * The account's domain for the details panel, wherever it falls in the pages: another
 * account's id (or one that is not an id) is null, the page's 404.
 */
export async function findDomainRow(accountId: string, domainId: string): Promise<DomainRow | null> {
  if (!isUuid(domainId)) return null;
  return db.domain.findFirst({ where: { id: domainId, accountId }, select: DOMAIN_ROW });
}
