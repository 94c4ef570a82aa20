import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceKind } from "@/lib/generated/prisma/enums";
import { fetchKeysetPage, type KeysetOrder } from "@/lib/pagination/keyset";
import { containsText } from "@/lib/pagination/search";

export const SERVICES_PAGE_SIZE = 50;

/** By product, then id: index `Service(accountId, productName, id)` (and with `kind` first for a kind filter). */
const ORDER: KeysetOrder<"string", "productName"> = { field: "productName", kind: "string", direction: "asc" };

export type ServiceListQuery = { kind?: ServiceKind; search?: string; cursor?: string | string[]; pageSize?: number };

/**
 * One page of the account's services (of one kind, when given), matching a search over the
 * product and the domain it runs for when given. The account condition stays in every query,
 * so a cursor made on another account's list only says where to start in this one.
 */
export function listServicesPage(accountId: string, query: ServiceListQuery = {}) {
  const filter: Prisma.ServiceWhereInput = {
    accountId,
    kind: query.kind,
    ...(query.search ? { OR: [{ productName: containsText(query.search) }, { domain: containsText(query.search) }] } : {}),
  };
  return fetchKeysetPage({
    filter,
    order: ORDER,
    cursor: query.cursor,
    pageSize: query.pageSize ?? SERVICES_PAGE_SIZE,
    fetch: ({ where, orderBy, take }) =>
      db.service.findMany({
        where,
        orderBy,
        take,
        select: { id: true, kind: true, productName: true, domain: true, status: true, billingCycle: true, priceMinor: true, currency: true, nextDueAt: true },
      }),
    keyOf: (service) => service.productName,
  });
}
