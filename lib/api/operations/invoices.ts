import { z } from "zod";
import { ZListInvoicesQuery } from "@/lib/invoices/provider-invoices";
import { ZIssueInvoice, ZPaidAt, ZRecordBankTransfer } from "@/lib/invoices/schemas";
import { ZPartySnapshot } from "@/lib/invoices/parties";
import { defineOperation } from "../operation";
import { ZId, ZPage, ZTimestamp } from "./common";

/** The provider's invoices: what /api/v1/invoices and /api/v1/accounts/{accountId}/invoices take and answer. Money is in integer minor units (cents) of `currency`. */

const ZMinor = z.number().int();

export const ZApiInvoiceSummary = z
  .object({
    id: ZId,
    accountId: ZId,
    number: z.string(),
    status: z.enum(["UNPAID", "PAID", "CANCELLED"]),
    overdue: z.boolean().meta({ description: "UNPAID and past dueAt." }),
    currency: z.string().meta({ description: "ISO 4217" }),
    issuedAt: ZTimestamp,
    dueAt: ZTimestamp,
    paidAt: ZTimestamp.nullable(),
    cancelledAt: ZTimestamp.nullable(),
    subtotalMinor: ZMinor,
    taxName: z.string(),
    taxRateBp: z.number().int().meta({ description: "Basis points: 2100 is 21 %." }),
    taxMinor: ZMinor,
    totalMinor: ZMinor,
    amountDueMinor: ZMinor.meta({ description: "totalMinor while UNPAID, else 0 (one payment settles an invoice in full)." }),
  })
  .meta({ id: "InvoiceSummary" });

export const ZApiInvoice = ZApiInvoiceSummary.extend({
  seller: ZPartySnapshot.meta({ description: "As it was when the invoice was issued." }),
  buyer: ZPartySnapshot.meta({ description: "The account's billing details when the invoice was issued." }),
  lines: z.array(z.object({ position: z.number().int(), description: z.string(), quantity: z.number().int(), unitPriceMinor: ZMinor, amountMinor: ZMinor, serviceId: ZId.nullable() })),
  payments: z.array(
    z.object({
      id: ZId,
      amountMinor: ZMinor,
      currency: z.string(),
      method: z.enum(["CARD", "BANK_TRANSFER"]),
      label: z.string().meta({ description: "What the customer sees: \"Visa •••• 4242\", or \"Bank transfer\" in the account's document language." }),
      reference: z.string().meta({ description: "The gateway's charge id, or the bank transfer's reference." }),
      paidAt: ZTimestamp,
    }),
  ),
}).meta({ id: "Invoice" });

const ZAccountPath = z.strictObject({ accountId: ZId });
const ZInvoicePath = z.strictObject({ invoiceId: ZId });

/** issueInvoice's own schema, less what the path names (the account) and what is always now (the issue date). */
export const ZIssueInvoiceBody = ZIssueInvoice.omit({ accountId: true, issuedAt: true }).strict();

export const issueInvoice = defineOperation({
  operationId: "issueInvoice",
  method: "POST",
  path: "/accounts/{accountId}/invoices",
  tag: "Invoices",
  summary: "Issue an invoice to a client account",
  description:
    "Numbered in sequence, with the seller and the account's billing details copied as they are now, tax at `taxRateBp` (the provider's default when left out), due `dueInDays` after today. The invoice email goes to the account's billing recipients. With auto-pay on and a default card, the card is charged at once: `autoPay` says whether it was (`paid`), failed (`refused`: the invoice stays unpaid) or is off. A line's `serviceId` must be a service of this account. A closed account: 409.",
  scope: "invoices:write",
  params: ZAccountPath,
  body: ZIssueInvoiceBody,
  idempotent: true,
  response: { status: 201, schema: ZApiInvoice.extend({ autoPay: z.enum(["off", "paid", "refused"]) }).meta({ id: "IssuedInvoice" }) },
  problems: ["not-found", "conflict"],
});

export const listInvoices = defineOperation({
  operationId: "listInvoices",
  method: "GET",
  path: "/invoices",
  tag: "Invoices",
  summary: "List invoices",
  description: "Newest first; of one account (`accountId`) or all, filtered by status.",
  scope: "invoices:read",
  query: ZListInvoicesQuery,
  response: { status: 200, schema: ZPage(ZApiInvoiceSummary) },
});

export const getInvoice = defineOperation({
  operationId: "getInvoice",
  method: "GET",
  path: "/invoices/{invoiceId}",
  tag: "Invoices",
  summary: "Get an invoice with its lines, tax and payments",
  scope: "invoices:read",
  params: ZInvoicePath,
  response: { status: 200, schema: ZApiInvoice },
  problems: ["not-found"],
});

export const getInvoicePdf = defineOperation({
  operationId: "getInvoicePdf",
  method: "GET",
  path: "/invoices/{invoiceId}/pdf",
  tag: "Invoices",
  summary: "Download an invoice as PDF",
  description: "The same PDF the customer downloads, in the account's document language.",
  scope: "invoices:read",
  params: ZInvoicePath,
  response: { status: 200, schema: z.string().meta({ contentType: "application/pdf" }) },
  problems: ["not-found"],
});

export const cancelInvoice = defineOperation({
  operationId: "cancelInvoice",
  method: "POST",
  path: "/invoices/{invoiceId}/cancel",
  tag: "Invoices",
  summary: "Cancel an unpaid invoice",
  description: "The invoice becomes CANCELLED and the account's activity log says so. A paid or already cancelled invoice, or one whose card payment is being processed: 409.",
  scope: "invoices:write",
  params: ZInvoicePath,
  response: { status: 200, schema: ZApiInvoice },
  problems: ["not-found", "conflict"],
});

/** recordBankTransfer's own schema, less the invoice (the path), with the method named and the date as sent in JSON. */
export const ZRecordPaymentBody = ZRecordBankTransfer.omit({ invoiceId: true, paidAt: true })
  .extend({
    method: z.literal("BANK_TRANSFER", { error: "method is BANK_TRANSFER: card payments are made by the customer." }),
    paidAt: z.iso
      .datetime({ offset: true, error: "paidAt is an ISO 8601 date and time." })
      .transform((value) => new Date(value))
      .pipe(ZPaidAt)
      .optional()
      .meta({ description: "When the money arrived; now when left out. Not in the future." }),
  })
  .strict();

export const recordInvoicePayment = defineOperation({
  operationId: "recordInvoicePayment",
  method: "POST",
  path: "/invoices/{invoiceId}/payments",
  tag: "Invoices",
  summary: "Record a payment made outside the client area (bank transfer)",
  description:
    "Marks the invoice PAID with a payment of the whole amount due (`amountMinor` must equal `amountDueMinor`; partial payments are not supported: 422), writes the account's activity and sends the same receipt a card payment sends. A paid or cancelled invoice, or one whose card payment is being processed (its charge may have gone through): 409.",
  scope: "invoices:write",
  params: ZInvoicePath,
  body: ZRecordPaymentBody,
  idempotent: true,
  response: { status: 201, schema: ZApiInvoice },
  problems: ["not-found", "conflict"],
});
