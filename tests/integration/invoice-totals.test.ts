/**
 * The per-status totals are read from running totals a trigger keeps (InvoiceStatusTotal).
 * Whatever happens to invoices (issued, paid, cancelled, changed by hand in SQL, deleted, many
 * at once), they must equal what adding up the invoices gives.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invoiceTotals } from "@/lib/invoices/invoice-totals";
import { createAccountWithOwner } from "../factories/accounts";
import { createInvoiceRow, daysFromNow } from "../factories/invoices";

/** The totals computed the slow way, from every invoice of the account. */
async function addedUp(accountId: string) {
  const rows = await db.invoice.groupBy({ by: ["status", "currency"], where: { accountId }, _count: true, _sum: { totalMinor: true } });
  return Object.fromEntries(rows.map((row) => [`${row.status} ${row.currency}`, { count: row._count, amountMinor: BigInt(row._sum.totalMinor ?? 0) }]));
}

async function kept(accountId: string) {
  const rows = await db.invoiceStatusTotal.findMany({ where: { accountId, count: { gt: 0 } } });
  return Object.fromEntries(rows.map((row) => [`${row.status} ${row.currency}`, { count: row.count, amountMinor: row.amountMinor }]));
}

describe("running invoice totals", () => {
  it("follow inserts, status changes, amount changes and deletes, per currency", async () => {
    const { account } = await createAccountWithOwner();
    const rows = await Promise.all([
      createInvoiceRow(account.id, { totalMinor: 1000 }),
      createInvoiceRow(account.id, { totalMinor: 2500, currency: "USD" }),
      createInvoiceRow(account.id, { totalMinor: 700, status: "PAID" }),
      createInvoiceRow(account.id, { totalMinor: 300, dueAt: daysFromNow(-3) }),
      ...Array.from({ length: 20 }, (_, i) => createInvoiceRow(account.id, { totalMinor: 100 + i })),
    ]);
    expect(await kept(account.id)).toEqual(await addedUp(account.id));

    await db.invoice.update({ where: { id: rows[0]!.id }, data: { status: "PAID", paidAt: new Date() } });
    await db.invoice.update({ where: { id: rows[1]!.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await db.$executeRaw`UPDATE "Invoice" SET "totalMinor" = "totalMinor" + 1 WHERE "accountId" = ${account.id}::uuid AND status = 'UNPAID'`;
    await db.invoiceLine.deleteMany({ where: { invoiceId: rows[4]!.id } });
    await db.invoice.delete({ where: { id: rows[4]!.id } });
    expect(await kept(account.id)).toEqual(await addedUp(account.id));

    const totals = await invoiceTotals(account.id);
    expect(totals.paid).toEqual({ count: 2, amounts: [{ currency: "EUR", amountMinor: 1700n }] });
    expect(totals.cancelled).toEqual({ count: 1, amounts: [{ currency: "USD", amountMinor: 2500n }] });
    expect(totals.overdue).toEqual({ count: 1, amounts: [{ currency: "EUR", amountMinor: 301n }] });
    expect(totals.unpaid.count).toBe(20);
  });

  it("stay right when many invoices of one account change at once", async () => {
    const { account } = await createAccountWithOwner();
    const rows = await Promise.all(Array.from({ length: 30 }, () => createInvoiceRow(account.id, { totalMinor: 500 })));
    await Promise.all(rows.map((row, i) => db.invoice.update({ where: { id: row.id }, data: i % 3 ? { status: "PAID", paidAt: new Date() } : { status: "CANCELLED", cancelledAt: new Date() } })));
    expect(await kept(account.id)).toEqual(await addedUp(account.id));
    expect((await invoiceTotals(account.id)).paid.count).toBe(20);
  });

  it("keep each account's totals apart", async () => {
    const [first, second] = [await createAccountWithOwner(), await createAccountWithOwner()];
    await createInvoiceRow(first.account.id, { totalMinor: 4200 });
    expect((await invoiceTotals(second.account.id)).unpaid).toEqual({ count: 0, amounts: [] });
    expect((await invoiceTotals(first.account.id)).unpaid).toEqual({ count: 1, amounts: [{ currency: "EUR", amountMinor: 4200n }] });
  });
});
