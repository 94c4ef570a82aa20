import { z } from "zod";
import { singleLineText } from "@/lib/validation/plain-text";
import { ZEmail } from "@/lib/users/schemas";
import { cardBrand, cardDigits, isExpired, isValidCvc, parseExpiry, passesLuhn } from "./card-rules";

// Error messages are keys under `validation` in the message files.

export const MAX_INVOICE_EMAILS = 5;

/**
 * Addresses that receive invoices and receipts besides the members and contacts, typed one
 * per line or separated by commas. Each must be a valid address; duplicates count once.
 */
export const ZInvoiceEmails = z
  .string()
  .max(2_000, { error: "tooLong" })
  .optional()
  .transform((value) => (value ?? "").split(/[\s,;]+/).filter(Boolean))
  .pipe(z.array(ZEmail.catch("")).refine((emails) => emails.every(Boolean), { error: "invoiceEmailInvalid" }))
  .transform((emails) => [...new Set(emails)])
  .refine((emails) => emails.length <= MAX_INVOICE_EMAILS, { error: "invoiceEmailsTooMany" });

/**
 * What the billing page edits: the extra addresses invoices and receipts go to. The legal
 * name, tax id and address invoices are made out to are the account's company details, edited
 * in one place only, the settings page (account.edit); the billing page shows them read-only.
 */
export const ZBillingDetails = z.object({ invoiceEmails: ZInvoiceEmails });
export type TBillingDetails = z.infer<typeof ZBillingDetails>;

/**
 * A card as typed into the form. Checked here so a mistake shows on its field; the gateway
 * checks again. The number and CVC go to the gateway and are never stored.
 */
export const ZAddCard = z
  .object({
    holderName: singleLineText().trim().min(1, { error: "cardHolderRequired" }).max(100, { error: "tooLong" }),
    number: z
      .string()
      .max(40, { error: "cardNumberInvalid" })
      .transform(cardDigits)
      .refine(passesLuhn, { error: "cardNumberInvalid" }),
    expiry: z
      .string()
      .max(10, { error: "cardExpiryInvalid" })
      .transform((value, context) => {
        const expiry = parseExpiry(value);
        if (!expiry) context.addIssue({ code: "custom", message: "cardExpiryInvalid" });
        else if (isExpired(expiry, new Date())) context.addIssue({ code: "custom", message: "cardExpired" });
        return expiry ?? { expMonth: 0, expYear: 0 };
      }),
    cvc: z.string().trim().max(4, { error: "cardCvcInvalid" }),
  })
  .refine((card) => isValidCvc(card.cvc, cardBrand(card.number)), { error: "cardCvcInvalid", path: ["cvc"] });
export type TAddCard = z.infer<typeof ZAddCard>;

export const ZPaymentMethodId = z.object({ methodId: z.uuid({ error: "invalid" }) });

/** A checkbox: present ("on") when ticked, absent when not. */
export const ZAutoPay = z.object({ autoPay: z.literal("on").optional().transform((value) => value === "on") });
