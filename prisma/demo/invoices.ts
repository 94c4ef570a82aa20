import { createHash } from "node:crypto";
import { demoGateway } from "../../lib/billing/gateways/demo-gateway";
import { methodLabel } from "../../lib/billing/method-label";
import { cancelInvoice } from "../../lib/invoices/cancel-invoice";
import type { InvoiceLineInput } from "../../lib/invoices/money";
import { writeInvoice } from "../../lib/invoices/write-invoice";
import type { DemoAccountContext, DemoSeeder } from "./context";

const DAY_MS = 24 * 60 * 60 * 1000;
const INVOICES_PER_ACCOUNT = 36;

/** What an account is billed for when it has no services seeded (the seeder works without them). */
const FALLBACK_PRODUCTS = [
  { description: "Web Hosting Pro", unitPriceMinor: 1_499 },
  { description: "VPS M (4 vCPU, 8 GB)", unitPriceMinor: 3_900 },
  { description: "Email Business (10 mailboxes)", unitPriceMinor: 2_000 },
];

/** Test cards as a customer would have saved them; the first is the default. Empresa also keeps one that the bank declines. */
function demoCards(index: number) {
  const holder = index === 1 ? "Marta Perez" : "Accounts Payable";
  const cards = [{ number: index === 2 ? "5555555555554444" : "4242424242424242", expMonth: 8, expYear: 2029, cvc: "123", holderName: holder }];
  if (index === 0) cards.push({ number: "4000000000000002", expMonth: 3, expYear: 2028, cvc: "123", holderName: holder });
  return cards;
}

async function seedPaymentMethods(context: DemoAccountContext) {
  const methods = [];
  for (const card of demoCards(context.index)) {
    const saved = await demoGateway.tokenize(card);
    if (!saved.ok) throw new Error(`demo card refused: ${saved.reason}`);
    const { token, brand, last4, expMonth, expYear } = saved.card;
    methods.push(await context.db.paymentMethod.create({ data: { accountId: context.accountId, gateway: demoGateway.id, token, brand, last4, expMonth, expYear, holderName: card.holderName } }));
  }
  await context.db.clientAccount.update({ where: { id: context.accountId }, data: { defaultPaymentMethodId: methods[0]!.id } });
  return methods[0]!;
}

/** The invoice's lines: its services when the account has some (rotating), else the fallback products. */
function linesFor(sequence: number, services: { id: string; productName: string; domain: string | null; priceMinor: number }[], period: string): InvoiceLineInput[] {
  const count = 1 + (sequence % 3);
  return Array.from({ length: count }, (_, k) => {
    if (services.length) {
      const service = services[(sequence + k) % services.length]!;
      return { description: `${service.productName}${service.domain ? ` (${service.domain})` : ""}, ${period}`, quantity: 1, unitPriceMinor: service.priceMinor, serviceId: service.id };
    }
    const product = FALLBACK_PRODUCTS[(sequence + k) % FALLBACK_PRODUCTS.length]!;
    return { description: `${product.description}, ${period}`, quantity: k === 2 ? 2 : 1, unitPriceMinor: product.unitPriceMinor };
  });
}

/**
 * What happened to invoice `sequence` (0 = newest) of account `index`: cancelled now and
 * then, unpaid while not yet due, a few left overdue, the rest paid a few days after issue.
 */
function fateOf(sequence: number, index: number, dueAt: Date, now: Date): "PAID" | "UNPAID" | "CANCELLED" {
  if (sequence % 17 === 5) return "CANCELLED";
  if (dueAt > now) return "UNPAID";
  if (sequence === 2 || sequence === 4 + index || (sequence === 9 && index === 0)) return "UNPAID";
  return "PAID";
}

/**
 * 36 invoices per demo account over the past year, in mixed states (paid with their
 * payment, unpaid, overdue, cancelled), with lines for the account's services when it has
 * some, and one or two saved cards with a default.
 *
 * Each invoice is written by writeInvoice, the rows the provider's issueInvoice writes
 * (numbering under its lock, the parties' snapshots, tax), and cancelled by the provider's
 * cancelInvoice; neither sends the year's worth of "new invoice" emails a fresh demo should
 * not start with (as the support seeder does with replies). The payments of that past year
 * are written as the history they are: settleInvoice would charge today and email a receipt
 * for each. Auto-pay is turned on only afterwards, so the past invoices are not paid again.
 */
export const seedInvoices: DemoSeeder = async (context) => {
  const { db, accountId, index, now } = context;
  const method = await seedPaymentMethods(context);
  const services = await db.service.findMany({ where: { accountId, status: { not: "PENDING" } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, productName: true, domain: true, priceMinor: true } });
  const payerId = context.memberIds.get("ben@example.com") ?? context.ownerId;

  // Oldest first, so numbers grow with the dates within the account.
  for (let sequence = INVOICES_PER_ACCOUNT - 1; sequence >= 0; sequence--) {
    const issuedAt = new Date(now.getTime() - (sequence * 10 + index + 1) * DAY_MS);
    const dueAt = new Date(issuedAt.getTime() + 14 * DAY_MS);
    const period = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" }).format(issuedAt);
    const status = fateOf(sequence, index, dueAt, now);
    const invoice = await db.$transaction((tx) => writeInvoice(tx, { accountId, lines: linesFor(sequence, services, period), issuedAt, dueInDays: 14 }));
    if (status === "CANCELLED") await cancelInvoice(invoice.id);
    if (status !== "PAID") continue;
    const paidAt = new Date(Math.min(now.getTime(), issuedAt.getTime() + ((sequence % 5) + 1) * DAY_MS));
    await db.$transaction([
      db.invoice.update({ where: { id: invoice.id }, data: { status: "PAID", paidAt } }),
      db.payment.create({
        data: {
          accountId,
          invoiceId: invoice.id,
          methodId: method.id,
          amountMinor: invoice.totalMinor,
          currency: invoice.currency,
          gateway: method.gateway,
          gatewayReference: `demo_ch_${createHash("sha256").update(invoice.number).digest("hex").slice(0, 24)}`,
          methodLabel: methodLabel(method),
          paidById: payerId,
          createdAt: paidAt,
        },
      }),
    ]);
  }
  if (index === 1) await db.clientAccount.update({ where: { id: accountId }, data: { autoPay: true } });
};
