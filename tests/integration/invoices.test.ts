import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invoiceDetails } from "@/lib/invoices/invoice-details";
import { invoiceTotals } from "@/lib/invoices/invoice-totals";
import { decodeCursor, listInvoices } from "@/lib/invoices/list-invoices";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { createInvoiceRow, daysFromNow, issueTestInvoice, saveCard, TEST_CARDS, TWO_LINES } from "../factories/invoices";
import { failureCode } from "../support/errors";
import { emailsTo } from "../support/mail";

const PROVIDER_ENV = ["PROVIDER_NAME", "PROVIDER_TAX_ID", "PROVIDER_ADDRESS", "PROVIDER_COUNTRY"] as const;
afterEach(() => {
  for (const key of PROVIDER_ENV) delete process.env[key];
});

async function ownedAccount() {
  const { account, owner } = await createAccountWithOwner();
  return { account, owner, access: await accessFor(owner, account.id) };
}

describe("issuing an invoice", () => {
  it("stores the lines, exact amounts, the provider as seller and the account as buyer, as they are at issue time", async () => {
    process.env.PROVIDER_NAME = "Nube Hosting, S.L.";
    process.env.PROVIDER_TAX_ID = "ESB99999999";
    process.env.PROVIDER_ADDRESS = "Gran Vía 1 | 28013 Madrid";
    process.env.PROVIDER_COUNTRY = "es";
    const { account } = await ownedAccount();
    await db.clientAccount.update({ where: { id: account.id }, data: { legalName: "Pérez Hermanos, S.L.", taxId: "ESB11111111", addressLine2: "Piso 3" } });

    const issued = await issueTestInvoice(account.id, { issuedAt: new Date("2026-02-10T09:00:00Z"), dueInDays: 30 });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: issued.id }, include: { lines: { orderBy: { position: "asc" } } } });

    expect(invoice).toMatchObject({
      accountId: account.id,
      status: "UNPAID",
      currency: "EUR",
      issuedAt: new Date("2026-02-10T09:00:00Z"),
      dueAt: new Date("2026-03-12T09:00:00Z"),
      subtotalMinor: 2096,
      taxRateBp: 2100,
      taxName: "VAT",
      taxMinor: 440,
      totalMinor: 2536,
      seller: { name: "Nube Hosting, S.L.", taxId: "ESB99999999", addressLines: ["Gran Vía 1", "28013 Madrid"], country: "ES" },
      buyer: { name: "Pérez Hermanos, S.L.", taxId: "ESB11111111", addressLines: ["Calle Mayor 1", "Piso 3", "28013 Madrid"], country: "ES" },
    });
    expect(invoice.number).toMatch(/^INV-2026-\d{6}$/);
    expect(invoice.lines.map((l) => [l.position, l.description, l.quantity, l.unitPriceMinor, l.amountMinor])).toEqual([
      [1, "Web Hosting Pro", 1, 1499, 1499],
      [2, "Extra mailbox", 3, 199, 597],
    ]);

    // A later change of the account's details does not rewrite the invoice.
    await db.clientAccount.update({ where: { id: account.id }, data: { legalName: "Renamed, S.L." } });
    expect((await invoiceDetails(account.id, issued.id))?.buyer.name).toBe("Pérez Hermanos, S.L.");
  });

  it("gives every invoice its own number, also when many are issued at once", async () => {
    const { account } = await ownedAccount();
    const issuedAt = new Date("2031-05-01T00:00:00Z");
    const numbers = (await Promise.all(Array.from({ length: 8 }, () => issueTestInvoice(account.id, { issuedAt })))).map((i) => i.number).sort();
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => `INV-2031-${String(i + 1).padStart(6, "0")}`));
    expect((await issueTestInvoice(account.id, { issuedAt: new Date("2032-01-01T00:00:00Z") })).number).toBe("INV-2032-000001");
  });

  it("emails the billing recipients and the invoice addresses, in the same notification, and not members who may not see invoices", async () => {
    const { account, owner } = await ownedAccount();
    const billing = await addMember(account.id, { builtInProfile: "BILLING" });
    const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const bookkeeper = await createContactRow(account.id, { categories: ["BILLING"] });
    await db.clientAccount.update({ where: { id: account.id }, data: { invoiceEmails: ["ap@books.example", bookkeeper.email] } });

    const issued = await issueTestInvoice(account.id);

    const sent = await db.emailMessage.findMany({ where: { accountId: account.id, template: "invoice-issued" } });
    expect(sent.map((e) => e.to).sort()).toEqual([owner.email, billing.user.email, bookkeeper.email, "ap@books.example"].sort());
    expect(new Set(sent.map((e) => e.notificationId)).size).toBe(1);
    expect(sent.every((e) => e.category === "BILLING" && e.subject === `New invoice ${issued.number}`)).toBe(true);
    expect(await emailsTo(technician.user.email)).toEqual([]);
    const toAddress = sent.find((e) => e.to === "ap@books.example")!;
    expect(toAddress.text).toContain("€25.36");
    expect(toAddress.text).toContain(`/accounts/${account.id}/invoices/${issued.id}`);
    expect(toAddress.text).toContain("listed this address for its invoices");
    expect(toAddress.text).not.toContain("Stop receiving these emails");
  });

  it("refuses a line for another account's service and writes nothing", async () => {
    const { account } = await ownedAccount();
    const other = await ownedAccount();
    const service = await db.service.create({ data: { accountId: other.account.id, kind: "VPS", productName: "VPS M", server: "vps1.example", billingCycle: "MONTHLY", priceMinor: 3900, currency: "EUR", panelRef: "x" } });
    const before = await db.invoice.count();

    expect(await failureCode(issueTestInvoice(account.id, { lines: [{ description: "VPS M", quantity: 1, unitPriceMinor: 3900, serviceId: service.id }] }))).toBe("notFound");
    expect(await db.invoice.count()).toBe(before);
    expect(await db.emailMessage.count({ where: { accountId: account.id, template: "invoice-issued" } })).toBe(0);
  });

  it("with auto-pay and a default card, pays the new invoice; a declined card leaves it issued and unpaid", async () => {
    const { account, access } = await ownedAccount();
    await saveCard(access);
    await db.clientAccount.update({ where: { id: account.id }, data: { autoPay: true } });

    const paid = await issueTestInvoice(account.id);
    expect(paid.autoPay).toBe("paid");
    expect(await db.invoice.findUniqueOrThrow({ where: { id: paid.id } })).toMatchObject({ status: "PAID" });
    expect(await db.payment.findFirstOrThrow({ where: { invoiceId: paid.id } })).toMatchObject({ amountMinor: 2536, paidById: null, methodLabel: "Visa •••• 4242" });
    expect(await db.activityEvent.findFirstOrThrow({ where: { accountId: account.id, kind: "invoice.paid" } })).toMatchObject({ actorId: null, details: { autoPay: true } });

    const declining = await saveCard(access, TEST_CARDS.declines);
    await db.clientAccount.update({ where: { id: account.id }, data: { defaultPaymentMethodId: declining.id } });
    const refused = await issueTestInvoice(account.id);
    expect(refused.autoPay).toBe("refused");
    expect(await db.invoice.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({ status: "UNPAID", paidAt: null });
    expect(await db.payment.count({ where: { invoiceId: refused.id } })).toBe(0);

    await db.clientAccount.update({ where: { id: account.id }, data: { autoPay: false } });
    expect((await issueTestInvoice(account.id)).autoPay).toBe("off");
  });

  it("refuses bad input from the provider's side", async () => {
    const { account } = await ownedAccount();
    await expect(issueTestInvoice(account.id, { lines: [] })).rejects.toThrow();
    await expect(issueTestInvoice(account.id, { lines: [{ ...TWO_LINES[0]!, unitPriceMinor: 9.99 }] })).rejects.toThrow();
    expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(0);
  });
});

describe("the invoice list", () => {
  async function accountWithMixedInvoices() {
    const { account } = await ownedAccount();
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 12));
    const rows = {
      paid: await createInvoiceRow(account.id, { status: "PAID", issuedAt: day(1), totalMinor: 1000 }),
      cancelled: await createInvoiceRow(account.id, { status: "CANCELLED", issuedAt: day(2), totalMinor: 2000 }),
      overdue: await createInvoiceRow(account.id, { status: "UNPAID", issuedAt: day(3), dueAt: daysFromNow(-1), totalMinor: 3000 }),
      overdueUsd: await createInvoiceRow(account.id, { status: "UNPAID", issuedAt: day(4), dueAt: daysFromNow(-2), totalMinor: 500, currency: "USD" }),
      unpaid: await createInvoiceRow(account.id, { status: "UNPAID", issuedAt: day(5), dueAt: daysFromNow(10), totalMinor: 4000 }),
      paid2: await createInvoiceRow(account.id, { status: "PAID", issuedAt: day(6), totalMinor: 1500 }),
    };
    return { account, rows };
  }
  const ids = (page: { invoices: { id: string }[] }) => page.invoices.map((i) => i.id);

  it("filters by status, newest first; unpaid includes the overdue ones", async () => {
    const { account, rows } = await accountWithMixedInvoices();
    const other = await ownedAccount();
    await createInvoiceRow(other.account.id, { status: "UNPAID", dueAt: daysFromNow(-5) });

    expect(ids(await listInvoices(account.id, { filter: "all" }))).toEqual([rows.paid2, rows.unpaid, rows.overdueUsd, rows.overdue, rows.cancelled, rows.paid].map((r) => r.id));
    expect(ids(await listInvoices(account.id, { filter: "unpaid" }))).toEqual([rows.unpaid, rows.overdueUsd, rows.overdue].map((r) => r.id));
    expect(ids(await listInvoices(account.id, { filter: "overdue" }))).toEqual([rows.overdueUsd, rows.overdue].map((r) => r.id));
    expect(ids(await listInvoices(account.id, { filter: "paid" }))).toEqual([rows.paid2, rows.paid].map((r) => r.id));
    expect(ids(await listInvoices(account.id, { filter: "cancelled" }))).toEqual([rows.cancelled.id]);
    // What is overdue depends on the moment asked about.
    expect(ids(await listInvoices(account.id, { filter: "overdue", now: daysFromNow(11) }))).toEqual([rows.unpaid, rows.overdueUsd, rows.overdue].map((r) => r.id));
  });

  it("walks every invoice exactly once by cursor, ties on the issue time included, and never another account's", async () => {
    const { account } = await ownedAccount();
    const other = await ownedAccount();
    const tie = new Date("2026-04-01T00:00:00Z");
    const created = [];
    for (let i = 0; i < 23; i++) created.push(await createInvoiceRow(account.id, { issuedAt: i % 3 === 0 ? tie : new Date(Date.UTC(2026, 3, 1 + (i % 7), i)) }));
    for (let i = 0; i < 5; i++) await createInvoiceRow(other.account.id, { issuedAt: tie });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listInvoices(account.id, { filter: "all", cursor, pageSize: 5 });
      seen.push(...ids(page));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);

    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    const expected = [...created].sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime() || (b.id < a.id ? -1 : 1)).map((r) => r.id);
    expect(seen).toEqual(expected);
  });

  it("keeps the filter while paging, and treats a forged cursor as the first page", async () => {
    const { account } = await ownedAccount();
    for (let i = 0; i < 7; i++) await createInvoiceRow(account.id, { status: i % 2 ? "PAID" : "UNPAID", issuedAt: new Date(Date.UTC(2026, 5, i + 1)), dueAt: daysFromNow(5) });
    const first = await listInvoices(account.id, { filter: "unpaid", pageSize: 3 });
    const second = await listInvoices(account.id, { filter: "unpaid", pageSize: 3, cursor: first.nextCursor! });
    expect(first.invoices.length + second.invoices.length).toBe(4);
    expect([...first.invoices, ...second.invoices].every((i) => i.status === "UNPAID")).toBe(true);
    expect(second.nextCursor).toBeNull();

    for (const forged of ["abc", "1_not-a-uuid", "' OR 1=1 --", `${Date.now()}_${"f".repeat(36)}`]) {
      expect(decodeCursor(forged)).toBeNull();
      expect(ids(await listInvoices(account.id, { filter: "unpaid", pageSize: 3, cursor: forged }))).toEqual(ids(first));
    }
  });
});

describe("totals per status", () => {
  it("count and add up each status per currency, with overdue inside unpaid", async () => {
    const { account } = await ownedAccount();
    await createInvoiceRow(account.id, { status: "PAID", totalMinor: 1000 });
    await createInvoiceRow(account.id, { status: "PAID", totalMinor: 2_000_000_000 });
    await createInvoiceRow(account.id, { status: "PAID", totalMinor: 2_000_000_000 });
    await createInvoiceRow(account.id, { status: "CANCELLED", totalMinor: 2000 });
    await createInvoiceRow(account.id, { status: "UNPAID", dueAt: daysFromNow(-1), totalMinor: 3000 });
    await createInvoiceRow(account.id, { status: "UNPAID", dueAt: daysFromNow(-1), totalMinor: 500, currency: "USD" });
    await createInvoiceRow(account.id, { status: "UNPAID", dueAt: daysFromNow(3), totalMinor: 4000 });
    await createInvoiceRow((await ownedAccount()).account.id, { status: "PAID", totalMinor: 99 });

    expect(await invoiceTotals(account.id)).toEqual({
      unpaid: { count: 3, amounts: [{ currency: "EUR", amountMinor: 7000n }, { currency: "USD", amountMinor: 500n }] },
      overdue: { count: 2, amounts: [{ currency: "EUR", amountMinor: 3000n }, { currency: "USD", amountMinor: 500n }] },
      // Past what a 32-bit integer holds: the sum is a bigint, exact.
      paid: { count: 3, amounts: [{ currency: "EUR", amountMinor: 4_000_001_000n }] },
      cancelled: { count: 1, amounts: [{ currency: "EUR", amountMinor: 2000n }] },
    });
    expect((await invoiceTotals(account.id, daysFromNow(5))).overdue.count).toBe(3);
    expect(await invoiceTotals((await ownedAccount()).account.id)).toEqual({
      unpaid: { count: 0, amounts: [] },
      overdue: { count: 0, amounts: [] },
      paid: { count: 0, amounts: [] },
      cancelled: { count: 0, amounts: [] },
    });
  });
});

describe("an invoice's details", () => {
  it("has its lines, tax, totals, payments and the status as it reads now", async () => {
    const { account, access } = await ownedAccount();
    const issued = await issueTestInvoice(account.id, { issuedAt: daysFromNow(-40), dueInDays: 14 });
    const details = await invoiceDetails(account.id, issued.id);
    expect(details).toMatchObject({ number: issued.number, displayStatus: "OVERDUE", subtotalMinor: 2096, taxMinor: 440, totalMinor: 2536, payments: [] });
    expect(details?.lines).toHaveLength(2);

    const method = await saveCard(access);
    const { payInvoice } = await import("@/lib/invoices/pay-invoice");
    await payInvoice({ accountId: account.id, userId: access.user.id, client: null }, { invoiceId: issued.id, methodId: method.id });
    expect(await invoiceDetails(account.id, issued.id)).toMatchObject({ displayStatus: "PAID", payments: [{ amountMinor: 2536, methodLabel: "Visa •••• 4242", paidBy: { name: "Owner Person" } }] });
  });

  it("is null for another account's invoice and for ids that are not ids", async () => {
    const { account } = await ownedAccount();
    const other = await ownedAccount();
    const theirs = await issueTestInvoice(other.account.id);
    expect(await invoiceDetails(account.id, theirs.id)).toBeNull();
    expect(await invoiceDetails(account.id, "not-a-uuid")).toBeNull();
    expect(await invoiceDetails(other.account.id, theirs.id)).not.toBeNull();
  });
});
