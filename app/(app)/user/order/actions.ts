"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { orderWithNewAccount } from "@/lib/orders/order-with-new-account";
import { payPlacedOrder } from "@/lib/orders/pay-order";
import { ZOrderWithNewAccount } from "@/lib/orders/schemas";

/**
 * A signed-in user orders a plan and gets a client account with it (they own it): the account
 * and the order in one transaction, then the payment (a new card, or later) and provisioning.
 */
export const orderWithNewAccountAction = createAction({
  auth: "user",
  schema: ZOrderWithNewAccount,
  handler: async ({ plan, methodId, holderName, number, expiry, cvc, saveCard, ...details }, { user, client }) => {
    const placed = await orderWithNewAccount(user, { details, plan }, client);
    const paid = await payPlacedOrder({ accountId: placed.accountId, userId: user.id, client, canSaveCard: true }, placed, { methodId, holderName, number, expiry, cvc, saveCard });
    const query = paid.payment === "refused" ? `?payment=refused&reason=${encodeURIComponent(paid.refusal ?? "")}` : paid.payment === "later" ? "?payment=later" : "";
    redirect(`/accounts/${placed.accountId}/orders/${placed.orderId}${query}`);
  },
});
