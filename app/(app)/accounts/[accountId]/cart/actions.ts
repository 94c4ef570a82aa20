"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { listCart } from "@/lib/cart/cart-items";
import { removeCartItem } from "@/lib/cart/change-cart";
import { UserError } from "@/lib/errors/user-error";
import { checkoutCart } from "@/lib/orders/checkout";
import { payPlacedOrder } from "@/lib/orders/pay-order";
import { ZCartItemId, ZCheckoutPayment } from "@/lib/orders/schemas";
import { meets } from "@/lib/permissions/account-access";
import { ORDERING } from "@/lib/permissions/account-sections";

export const removeCartItemAction = createAccountAction({
  requirement: ORDERING,
  schema: ZCartItemId,
  handler: async ({ accountId, itemId }, { access }) => {
    await removeCartItem(access, itemId);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { removed: true };
  },
});

/**
 * Checks out the member's cart and pays at once (or leaves the invoice to pay later). Paying the
 * invoice of one's own order is part of ordering: it needs the ordering keys, not invoices.pay;
 * keeping a new card for later is managing payment methods (billing.manage).
 */
export const checkoutAction = createAccountAction({
  requirement: ORDERING,
  schema: ZCheckoutPayment,
  handler: async ({ accountId, ...payment }, { access, client, user }) => {
    // Each item needs its own key: a member who lost services.order cannot check out a plan added before.
    for (const line of await listCart(accountId, user.id)) {
      if (!meets(access, line.kind === "SERVICE" ? "services.order" : "domains.order")) throw new UserError("forbidden");
    }
    const result = await checkoutCart(access);
    revalidatePath(`/accounts/${accountId}`, "layout");
    if (result.kind === "repriced") throw new UserError("cartPricesChanged");
    const paid = await payPlacedOrder({ accountId, userId: user.id, client, canSaveCard: meets(access, "billing.manage") }, result, payment);
    const query = paid.payment === "refused" ? `?payment=refused&reason=${encodeURIComponent(paid.refusal ?? "")}` : paid.payment === "later" ? "?payment=later" : "";
    redirect(`/accounts/${accountId}/orders/${result.orderId}${query}`);
  },
});
