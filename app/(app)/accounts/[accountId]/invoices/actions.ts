"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { UserError } from "@/lib/errors/user-error";
import { payInvoice } from "@/lib/invoices/pay-invoice";
import { payInvoices } from "@/lib/invoices/pay-invoices";
import { paymentCardOf, ZPayInvoices, type PaidSummary } from "@/lib/invoices/pay-invoices-schema";
import { ZPayInvoice } from "@/lib/invoices/schemas";
import { meets } from "@/lib/permissions/account-access";
import { fulfilPaidInvoices } from "@/lib/billing/fulfil-paid-invoices";

/** Pays an unpaid invoice of the account with one of its saved methods. */
export const payInvoiceAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "invoices.pay",
  schema: ZPayInvoice,
  handler: async ({ accountId, ...input }, { access, client }) => {
    await payInvoice({ accountId: access.account.id, userId: access.user.id, client }, input);
    // What the invoice paid for (a renewal, an upgrade) is applied at once: the next page shows it.
    await fulfilPaidInvoices([input.invoiceId]);
    revalidatePath(`/accounts/${accountId}/invoices`, "layout");
    return { paid: true };
  },
});

/**
 * Pays one or several unpaid invoices with one charge, from the invoice page or the list: a
 * saved method, or a new card typed in place. Keeping that card is managing payment methods,
 * so it needs billing.manage too, checked here from the database like the requirement.
 */
export const payInvoicesAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "invoices.pay",
  schema: ZPayInvoices,
  handler: async ({ accountId, ...input }, { access, client }): Promise<PaidSummary> => {
    const card = paymentCardOf(input);
    if ("card" in card && card.save && !meets(access, "billing.manage")) throw new UserError("forbidden");
    const paid = await payInvoices({ accountId: access.account.id, userId: access.user.id, client }, { invoiceIds: input.invoiceIds, card });
    await fulfilPaidInvoices(input.invoiceIds);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { invoices: paid.invoices, amountMinor: paid.amountMinor, currency: paid.currency, method: paid.method };
  },
});
