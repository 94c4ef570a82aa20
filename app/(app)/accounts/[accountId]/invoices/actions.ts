"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { payInvoice } from "@/lib/invoices/pay-invoice";
import { ZPayInvoice } from "@/lib/invoices/schemas";

/** Pays an unpaid invoice of the account with one of its saved methods. */
export const payInvoiceAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "invoices.pay",
  schema: ZPayInvoice,
  handler: async ({ accountId, ...input }, { access, client }) => {
    await payInvoice({ accountId: access.account.id, userId: access.user.id, client }, input);
    revalidatePath(`/accounts/${accountId}/invoices`, "layout");
    return { paid: true };
  },
});
