import { z } from "zod";
import { singleLineText } from "@/lib/validation/plain-text";
import { MAX_MINOR } from "./money";

// Error messages are keys under `validation` in the message files.

export const ZInvoiceLine = z.object({
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
