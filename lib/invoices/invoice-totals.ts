import "server-only";
import { db } from "@/lib/db";
import type { InvoiceFilter } from "./invoice-status";

type Group = { status: "UNPAID" | "PAID" | "CANCELLED"; overdue: boolean; currency: string; count: number; amount: bigint };

export type StatusTotals = { count: number; amounts: { currency: string; amountMinor: bigint }[] };
export type InvoiceTotals = Record<Exclude<InvoiceFilter, "all">, StatusTotals>;

/**
 * How many invoices of each status the account has and what they add up to, per currency
 * (amounts of different currencies are never added together). One GROUP BY query; "unpaid"
 * includes the overdue ones, as the list's filter does. Sums are bigint: many invoices can
 * add up past what one integer column holds.
 */
export async function invoiceTotals(accountId: string, now: Date = new Date()): Promise<InvoiceTotals> {
  // Timestamps are UTC in `timestamp without time zone` columns: the cut-off is given as UTC.
  const groups = await db.$queryRaw<Group[]>`
    SELECT status::text AS status, (status = 'UNPAID' AND "dueAt" < (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')) AS overdue,
           currency, count(*)::int AS count, sum("totalMinor")::bigint AS amount
    FROM "Invoice"
    WHERE "accountId" = ${accountId}::uuid
    GROUP BY 1, 2, 3
    ORDER BY 3`;

  const totals: InvoiceTotals = { unpaid: empty(), overdue: empty(), paid: empty(), cancelled: empty() };
  for (const group of groups) {
    const buckets: (keyof InvoiceTotals)[] = group.status === "UNPAID" ? (group.overdue ? ["unpaid", "overdue"] : ["unpaid"]) : [group.status === "PAID" ? "paid" : "cancelled"];
    for (const bucket of buckets) add(totals[bucket], group);
  }
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
