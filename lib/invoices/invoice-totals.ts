import "server-only";
import { db } from "@/lib/db";
import type { InvoiceFilter } from "./invoice-status";

type Group = { bucket: "UNPAID" | "PAID" | "CANCELLED" | "OVERDUE"; currency: string; count: number; amount: bigint };

export type StatusTotals = { count: number; amounts: { currency: string; amountMinor: bigint }[] };
export type InvoiceTotals = Record<Exclude<InvoiceFilter, "all">, StatusTotals>;

const BUCKETS = { UNPAID: "unpaid", PAID: "paid", CANCELLED: "cancelled", OVERDUE: "overdue" } as const satisfies Record<Group["bucket"], keyof InvoiceTotals>;

/**
 * How many invoices of each status the account has and what they add up to, per currency
 * (amounts of different currencies are never added together); "unpaid" includes the overdue
 * ones, as the list's filter does. Unpaid, paid and cancelled are read from the running
 * totals a trigger keeps (InvoiceStatusTotal), so the cost does not grow with the account's
 * history; overdue depends on the clock, so it is added up from the unpaid invoices past due
 * (the index on accountId, status, dueAt reads just those). Sums are bigint.
 */
export async function invoiceTotals(accountId: string, now: Date = new Date()): Promise<InvoiceTotals> {
  // Timestamps are UTC in `timestamp without time zone` columns: the cut-off is given as UTC.
  const groups = await db.$queryRaw<Group[]>`
    SELECT status::text AS bucket, currency, count, "amountMinor" AS amount
    FROM "InvoiceStatusTotal"
    WHERE "accountId" = ${accountId}::uuid AND count > 0
    UNION ALL
    SELECT 'OVERDUE', currency, count(*)::int, sum("totalMinor")::bigint
    FROM "Invoice"
    WHERE "accountId" = ${accountId}::uuid AND status = 'UNPAID' AND "dueAt" < (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
    GROUP BY currency
    ORDER BY 2`;

  const totals: InvoiceTotals = { unpaid: empty(), overdue: empty(), paid: empty(), cancelled: empty() };
  for (const group of groups) add(totals[BUCKETS[group.bucket]], group);
  return totals;
}

function empty(): StatusTotals {
  return { count: 0, amounts: [] };
}

function add(totals: StatusTotals, group: Group): void {
  totals.count += group.count;
  const existing = totals.amounts.find((entry) => entry.currency === group.currency);
  if (existing) existing.amountMinor += BigInt(group.amount);
  else totals.amounts.push({ currency: group.currency, amountMinor: BigInt(group.amount) });
}
