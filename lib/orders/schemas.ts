import { z } from "zod";
import { ZAccountDetails } from "@/lib/accounts/schemas";
import { BILLING_CYCLES } from "./billing-cycles";
import { isRegistrableName, MAX_REGISTRATION_YEARS, normalizeDomainName } from "./domain-name";
import { NEW_CARD } from "@/lib/invoices/new-card";
import { checkNewCard, NEW_CARD_FIELDS } from "@/lib/invoices/pay-invoices-schema";
import { singleLineText } from "@/lib/validation/plain-text";

// Error messages are keys under `validation` in the message files.

import { PAY_LATER } from "./pay-later";

export { PAY_LATER };

export const ZDomainName = z
  .string({ error: "domainNameInvalid" })
  .max(300, { error: "domainNameInvalid" })
  .transform(normalizeDomainName)
  .refine(isRegistrableName, { error: "domainNameInvalid" });

export const ZAddServiceToCart = z.object({
  productId: z.uuid({ error: "invalid" }),
  cycle: z.enum(BILLING_CYCLES, { error: "invalid" }),
});
export type TAddServiceToCart = z.infer<typeof ZAddServiceToCart>;

/** "" from the form's select: the account itself holds the domain. */
const ZRegistrant = z
  .string()
  .max(64)
  .optional()
  .transform((value) => value || null)
  .pipe(z.uuid({ error: "invalid" }).nullable());

/** Registering (for 1 to 10 years) or transferring in (with the code the other registrar gave). */
export const ZAddDomainToCart = z
  .object({
    operation: z.enum(["register", "transfer"], { error: "invalid" }),
    name: ZDomainName,
    years: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(MAX_REGISTRATION_YEARS, { error: "invalid" }).optional(),
    transferCode: singleLineText().trim().max(64, { error: "tooLong" }).optional(),
    registrantContactId: ZRegistrant,
  })
  .superRefine((input, context) => {
    if (input.operation === "register" && input.years === undefined) context.addIssue({ code: "custom", message: "invalid", path: ["years"] });
    if (input.operation === "transfer" && !input.transferCode) context.addIssue({ code: "custom", message: "transferCodeRequired", path: ["transferCode"] });
  });
export type TAddDomainToCart = z.infer<typeof ZAddDomainToCart>;

export const ZCartItemId = z.object({ itemId: z.uuid({ error: "invalid" }) });


/**
 * Checkout's payment choice: a saved method, a new card typed in place (kept on request), or
 * the invoice left unpaid.
 */
export const ZCheckoutPayment = z
  .object({ methodId: z.union([z.uuid(), z.literal(NEW_CARD), z.literal(PAY_LATER)], { error: "paymentMethodRequired" }), ...NEW_CARD_FIELDS })
  .superRefine(checkNewCard);
export type TCheckoutPayment = z.infer<typeof ZCheckoutPayment>;

/**
 * An order that creates its client account: the account's billing details (the account form's
 * own rules), one plan and cycle, and a new card or paying later (a new account has no saved card).
 */
export const ZOrderWithNewAccount = ZAccountDetails.extend({
  /** "<productId>|<cycle>": one choice in the form's list of plans and cycles. */
  plan: z
    .string({ error: "invalid" })
    .max(100, { error: "invalid" })
    .transform((value) => {
      const [productId, cycle] = value.split("|");
      return { productId, cycle };
    })
    .pipe(ZAddServiceToCart),
  methodId: z.union([z.literal(NEW_CARD), z.literal(PAY_LATER)], { error: "paymentMethodRequired" }),
  ...NEW_CARD_FIELDS,
}).superRefine(checkNewCard);
export type TOrderWithNewAccount = z.infer<typeof ZOrderWithNewAccount>;


export const ZOrderId = z.object({ orderId: z.uuid({ error: "invalid" }) });
