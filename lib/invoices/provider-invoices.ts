import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { idPage, ZId, ZIdCursor, ZLimit } from "@/lib/api/operations/common";
import { isUuid } from "@/lib/ids";
import { readSnapshot } from "./parties";

/**
 * Invoices as the provider sees them through its API: every account's, by id. Pages never
 * call these; the API's key and scope stand where a page has the session and the membership.
 */

export const ZListInvoicesQuery = z.strictObject({
  accountId: ZId.optional(),
  status: z.enum(["UNPAID", "OVERDUE", "PAID", "CANCELLED"], { error: "status is UNPAID, OVERDUE, PAID or CANCELLED." }).optional().meta({ description: "OVERDUE: unpaid and past its due date (also included in UNPAID)." }),
  cursor: ZIdCursor.optional(),
  limit: ZLimit,
});

const SUMMARY = {
  id: true,
  accountId: true,
  number: true,
  status: true,
  currency: true,
  issuedAt: true,
  dueAt: true,
  paidAt: true,
  cancelledAt: true,
  subtotalMinor: true,
  taxName: true,
  taxRateBp: true,
  taxMinor: true,
  totalMinor: true,
} as const satisfies Prisma.InvoiceSelect;

const DETAILS = {
  ...SUMMARY,
  seller: true,
  buyer: true,
  lines: { orderBy: { position: "asc" }, select: { position: true, description: true, quantity: true, unitPriceMinor: true, amountMinor: true, serviceId: true } },
  payments: { orderBy: { createdAt: "asc" }, select: { id: true, amountMinor: true, currency: true, gateway: true, methodLabel: true, gatewayReference: true, createdAt: true } },
} as const satisfies Prisma.InvoiceSelect;

type SummaryRow = Prisma.InvoiceGetPayload<{ select: typeof SUMMARY }>;
type DetailsRow = Prisma.InvoiceGetPayload<{ select: typeof DETAILS }>;

function summaryBody(row: SummaryRow, now: Date) {
  return {
    id: row.id,
    accountId: row.accountId,
    number: row.number,
    status: row.status,
    overdue: row.status === "UNPAID" && row.dueAt.getTime() < now.getTime(),
    currency: row.currency,
    issuedAt: row.issuedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    subtotalMinor: row.subtotalMinor,
    taxName: row.taxName,
    taxRateBp: row.taxRateBp,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    amountDueMinor: row.status === "UNPAID" ? row.totalMinor : 0,
  };
}

function detailsBody(row: DetailsRow, now: Date) {
  return {
    ...summaryBody(row, now),
    seller: readSnapshot(row.seller),
    buyer: readSnapshot(row.buyer),
    lines: row.lines,
    payments: row.payments.map((payment) => ({
      id: payment.id,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      method: payment.gateway === "BANK_TRANSFER" ? ("BANK_TRANSFER" as const) : ("CARD" as const),
      label: payment.methodLabel,
      reference: payment.gatewayReference,
      paidAt: payment.createdAt.toISOString(),
    })),
  };
}

function statusWhere(status: z.output<typeof ZListInvoicesQuery>["status"], now: Date): Prisma.InvoiceWhereInput {
  if (!status) return {};
  return status === "OVERDUE" ? { status: "UNPAID", dueAt: { lt: now } } : { status };
}

/** One page of invoices, newest first, of one account or all, filtered by status. */
export async function listInvoicesForProvider({ accountId, status, cursor, limit }: z.output<typeof ZListInvoicesQuery>, now = new Date()) {
  const rows = await db.invoice.findMany({
    where: { ...(accountId ? { accountId } : {}), ...statusWhere(status, now), ...(cursor ? { id: { lt: cursor } } : {}) },
    select: SUMMARY,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  return idPage(rows, limit, (row) => summaryBody(row, now));
}

/** One invoice with its lines, payments and the parties as issued; null when there is no such id. */
export async function invoiceForProvider(id: string, now = new Date()) {
  if (!isUuid(id)) return null;
  const row = await db.invoice.findUnique({ where: { id }, select: DETAILS });
  return row && detailsBody(row, now);
}

/** The account an invoice belongs to and its document language (the PDF's); null when there is no such id. */
export function invoiceAccount(id: string) {
  if (!isUuid(id)) return null;
  return db.invoice.findUnique({ where: { id }, select: { accountId: true, account: { select: { documentLocale: true } } } });
}
