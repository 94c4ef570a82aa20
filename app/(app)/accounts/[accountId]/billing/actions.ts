"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { setAutoPay, updateBillingDetails } from "@/lib/billing/billing-details";
import { addPaymentMethod, removePaymentMethod, setDefaultPaymentMethod } from "@/lib/billing/payment-methods";
import { ZAddCard, ZAutoPay, ZBillingDetails, ZPaymentMethodId } from "@/lib/billing/schemas";

const billingPage = (accountId: string) => `/accounts/${accountId}/billing`;

export const updateBillingDetailsAction = createAccountAction({
  requirement: "billing.manage",
  schema: ZBillingDetails,
  handler: async ({ accountId, ...input }, { access, client }) => {
    await updateBillingDetails(access, input, client);
    // The legal name shows in the account area's heading.
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { saved: true };
  },
});

export const addPaymentMethodAction = createAccountAction({
  whileSuspended: "allowed",
  requirement: "billing.manage",
  schema: ZAddCard,
  handler: async ({ accountId, ...card }, { access, client }) => {
    await addPaymentMethod(access, card, client);
    revalidatePath(billingPage(accountId));
    return { added: true };
  },
});

export const removePaymentMethodAction = createAccountAction({
  requirement: "billing.manage",
  schema: ZPaymentMethodId,
  handler: async ({ accountId, methodId }, { access, client }) => {
    await removePaymentMethod(access, methodId, client);
    revalidatePath(billingPage(accountId));
    return { removed: true };
  },
});

export const setDefaultPaymentMethodAction = createAccountAction({
  requirement: "billing.manage",
  schema: ZPaymentMethodId,
  handler: async ({ accountId, methodId }, { access, client }) => {
    await setDefaultPaymentMethod(access, methodId, client);
    revalidatePath(billingPage(accountId));
    return { saved: true };
  },
});

export const setAutoPayAction = createAccountAction({
  requirement: "billing.manage",
  schema: ZAutoPay,
  handler: async ({ accountId, autoPay }, { access, client }) => {
    await setAutoPay(access, autoPay, client);
    revalidatePath(billingPage(accountId));
    return { saved: true };
  },
});
