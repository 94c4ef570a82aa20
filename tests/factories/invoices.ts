import { db } from "@/lib/db";
import { addPaymentMethod } from "@/lib/billing/payment-methods";
import { ZAddCard } from "@/lib/billing/schemas";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import type { InvoiceLineInput } from "@/lib/invoices/money";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { testClient } from "./sessions";

export const TEST_CARDS = { pays: "4242 4242 4242 4242", declines: "4000 0000 0000 0002", noFunds: "4000 0000 0000 9995", mastercard: "5555 5555 5555 4444" } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the add-card form sends, parsed as the action parses it. */
export function cardInput(overrides: Partial<Record<"holderName" | "number" | "expiry" | "cvc", string>> = {}) {
  return ZAddCard.parse({ holderName: "Ana Silva", number: TEST_CARDS.pays, expiry: `12/${(new Date().getUTCFullYear() + 3) % 100}`, cvc: "123", ...overrides });
}

/** A card saved the way the billing page saves it (gateway token, activity, first one default). */
export function saveCard(access: AccountAccess, number: string = TEST_CARDS.pays) {
  return addPaymentMethod(access, cardInput({ number }), testClient());
}

export const TWO_LINES: InvoiceLineInput[] = [
  { description: "Web Hosting Pro", quantity: 1, unitPriceMinor: 1499 },
  { description: "Extra mailbox", quantity: 3, unitPriceMinor: 199 },
];

/** An invoice issued the way the provider issues them (snapshots, number, emails, auto-pay). */
export function issueTestInvoice(accountId: string, options: { lines?: InvoiceLineInput[]; issuedAt?: Date; dueInDays?: number; taxRateBp?: number } = {}) {
  return issueInvoice({ accountId, lines: options.lines ?? TWO_LINES, issuedAt: options.issuedAt, dueInDays: options.dueInDays, taxRateBp: options.taxRateBp ?? 2100, taxName: "VAT" });
}

let rowSequence = 0;

/**
 * An invoice straight in the database, for lists and totals where hundreds are needed fast:
 * one line, no tax, the state given; numbers that cannot meet issued ones.
 */
export function createInvoiceRow(
  accountId: string,
  options: { status?: "UNPAID" | "PAID" | "CANCELLED"; issuedAt?: Date; dueAt?: Date; totalMinor?: number; currency?: string } = {},
) {
  const issuedAt = options.issuedAt ?? new Date();
  const totalMinor = options.totalMinor ?? 1000;
  const party = { name: "Factory", taxId: null, addressLines: [], country: "ES" };
  rowSequence += 1;
  return db.invoice.create({
    data: {
      accountId,
      number: `ROW-${process.pid}-${Date.now().toString(36)}-${rowSequence}`,
      status: options.status ?? "UNPAID",
      currency: options.currency ?? "EUR",
      issuedAt,
      dueAt: options.dueAt ?? new Date(issuedAt.getTime() + 14 * DAY_MS),
      paidAt: options.status === "PAID" ? issuedAt : null,
      cancelledAt: options.status === "CANCELLED" ? issuedAt : null,
      subtotalMinor: totalMinor,
      taxRateBp: 0,
      taxName: "VAT",
      taxMinor: 0,
      totalMinor,
      seller: party,
      buyer: party,
      lines: { create: { position: 1, description: "Factory line", quantity: 1, unitPriceMinor: totalMinor, amountMinor: totalMinor } },
    },
  });
}

export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY_MS);
}
