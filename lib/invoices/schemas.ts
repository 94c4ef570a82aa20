import { z } from "zod";
import { singleLineText } from "@/lib/validation/plain-text";
import { MAX_MINOR } from "./money";

// Error messages are keys under `validation` in the message files.

/** A line of an invoice; a field it does not know is refused, not dropped (the provider's API sends these as they are). */
export const ZInvoiceLine = z.strictObject({
  description: singleLineText().trim().min(1).max(300),
  quantity: z.int().min(1).max(10_000),
  unitPriceMinor: z.int().min(0).max(MAX_MINOR),
  serviceId: z.uuid().nullish(),
});

/**
 * What the provider's side gives to issue an invoice (issueInvoice). Tax and dates default
 * to the provider's settings and "due in 14 days".
 */
export const ZIssueInvoice = z.object({
  accountId: z.uuid(),
  lines: z.array(ZInvoiceLine).min(1).max(200),
  taxName: singleLineText().trim().min(1).max(40).optional(),
  taxRateBp: z.int().min(0).max(10_000).optional(),
  issuedAt: z.date().optional(),
  dueInDays: z.int().min(0).max(365).default(14),
});
export type TIssueInvoice = z.input<typeof ZIssueInvoice>;

export const ZInvoiceId = z.object({ invoiceId: z.uuid({ error: "invalid" }) });

export const ZPayInvoice = ZInvoiceId.extend({ methodId: z.uuid({ error: "paymentMethodRequired" }) });
export type TPayInvoice = z.infer<typeof ZPayInvoice>;

/** A clock a little ahead of ours still says "now", not "in the future". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** When money arrived: not later than now. The provider's API's schemas speak English (no catalog key). */
export const ZPaidAt = z.date().refine((value) => value.getTime() <= Date.now() + CLOCK_SKEW_MS, { error: "paidAt cannot be in the future." });

/**
 * A payment the provider received outside the app, a bank transfer, recorded against an
 * invoice (recordBankTransfer). One payment settles an invoice in full, so the amount must be
 * the amount due; that is checked against the invoice itself.
 */
export const ZRecordBankTransfer = z.object({
  invoiceId: z.uuid(),
  amountMinor: z.int().min(1).max(MAX_MINOR),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: "currency is an ISO 4217 code such as EUR." }).optional(),
  reference: singleLineText().trim().min(1).max(140),
  paidAt: ZPaidAt.optional(),
});
export type TRecordBankTransfer = z.input<typeof ZRecordBankTransfer>;
