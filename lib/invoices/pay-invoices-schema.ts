import { z } from "zod";
import { ZAddCard, type TAddCard } from "@/lib/billing/schemas";
import { NEW_CARD } from "./new-card";

// Error messages are keys under `validation` in the message files.

/** Enough for any real backlog, few enough that one charge and its transaction stay short. */
export const MAX_INVOICES_AT_ONCE = 50;

export { NEW_CARD };

/**
 * The fields of a card typed in place (any form that pays: invoices, checkout), and "keep it"
 * ticked or not. They are checked with the add-card form's own rules, each mistake on its
 * field, only when the new card is the one chosen (checkNewCard).
 */
export const NEW_CARD_FIELDS = {
  holderName: z.string().max(200).optional(),
  number: z.string().max(40).optional(),
  expiry: z.string().max(10).optional(),
  cvc: z.string().max(4).optional(),
  saveCard: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
};

type TypedCard = { holderName?: string; number?: string; expiry?: string; cvc?: string };

export function checkNewCard(input: { methodId: string } & TypedCard, context: z.RefinementCtx): void {
  if (input.methodId !== NEW_CARD) return;
  const card = ZAddCard.safeParse(newCardFields(input));
  if (!card.success) for (const issue of card.error.issues) context.addIssue({ code: "custom", message: issue.message, path: issue.path });
}

/**
 * Paying one or several unpaid invoices with one charge: the invoices (checkboxes, which the
 * action wrapper joins with commas), and a saved method or a new card typed in place, kept
 * for later only when asked. A new card's fields are checked with the add-card form's own
 * rules, each mistake on its field.
 */
export const ZPayInvoices = z
  .object({
    invoiceIds: z
      .string({ error: "invoicesRequired" })
      .max(40 * MAX_INVOICES_AT_ONCE, { error: "invoicesTooMany" })
      .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
      .pipe(z.array(z.uuid({ error: "invalid" })).min(1, { error: "invoicesRequired" }).max(MAX_INVOICES_AT_ONCE, { error: "invoicesTooMany" })),
    methodId: z.union([z.uuid(), z.literal(NEW_CARD)], { error: "paymentMethodRequired" }),
    ...NEW_CARD_FIELDS,
  })
  .superRefine(checkNewCard);
export type TPayInvoices = z.infer<typeof ZPayInvoices>;

/** How the money is taken: a saved method of the account, or a card typed now (kept on request). */
export type PaymentCard = { methodId: string } | { card: TAddCard; save: boolean };

/** A new card's fields as a form posts them; a card typed in place is checked and read with these. */
export function newCardFields(input: TypedCard) {
  return { holderName: input.holderName ?? "", number: input.number ?? "", expiry: input.expiry ?? "", cvc: input.cvc ?? "" };
}

/** The card a parsed form chose; the new card's fields were already checked by ZPayInvoices. */
export function paymentCardOf(input: TPayInvoices): PaymentCard {
  return input.methodId === NEW_CARD ? { card: ZAddCard.parse(newCardFields(input)), save: input.saveCard } : { methodId: input.methodId };
}

/** What a payment of invoices answers: enough to say what was paid and with which card. */
export type PaidSummary = { invoices: { id: string; number: string }[]; amountMinor: number; currency: string; method: string };
