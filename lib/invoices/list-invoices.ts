import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvoiceFilter } from "./invoice-status";

export const INVOICES_PAGE_SIZE = 25;

/** The rows of the list that the filter keeps. Overdue is UNPAID past dueAt, as of `now`. */
export function filterWhere(filter: InvoiceFilter, now: Date): Prisma.InvoiceWhereInput {
  switch (filter) {
    case "unpaid":
      return { status: "UNPAID" };
    case "overdue":
      return { status: "UNPAID", dueAt: { lt: now } };
    case "paid":
      return { status: "PAID" };
    case "cancelled":
      return { status: "CANCELLED" };
    case "all":
      return {};
  }
}

type Cursor = { issuedAt: Date; id: string };

/** The position after the last row shown: "<issuedAt in ms>_<id>". */
export function encodeCursor(row: Cursor): string {
  return `${row.issuedAt.getTime()}_${row.id}`;
}

/** A cursor from the URL, or null (a hand-edited one opens the first page instead of failing). */
export function decodeCursor(value: string | undefined): Cursor | null {
  const match = /^(\d{1,15})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(value ?? "");
  return match ? { issuedAt: new Date(Number(match[1])), id: match[2]!.toLowerCase() } : null;
}

/**
 * One page of an account's invoices, newest first (issuedAt desc, id desc), after a cursor.
 * Keyset pagination on the index (accountId, issuedAt desc, id desc): "(issuedAt, id) <
 * (cursor)" is written with an extra `issuedAt <= cursor` so the index range starts at the
 * cursor, and a deep page costs the same as the first.
 */
export async function listInvoices(accountId: string, options: { filter: InvoiceFilter; cursor?: string; now?: Date; pageSize?: number }) {
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? INVOICES_PAGE_SIZE;
  const cursor = decodeCursor(options.cursor);
  const after: Prisma.InvoiceWhereInput = cursor ? { issuedAt: { lte: cursor.issuedAt }, OR: [{ issuedAt: { lt: cursor.issuedAt } }, { id: { lt: cursor.id } }] } : {};
  const rows = await db.invoice.findMany({
    where: { accountId, ...filterWhere(options.filter, now), ...after },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, number: true, status: true, currency: true, issuedAt: true, dueAt: true, paidAt: true, totalMinor: true },
  });
  const invoices = rows.slice(0, pageSize);
  return { invoices, nextCursor: rows.length > pageSize ? encodeCursor(invoices.at(-1)!) : null };
}
