"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { addDomainToCart, addServiceToCart } from "@/lib/cart/change-cart";
import { ZAddDomainToCart, ZAddServiceToCart } from "@/lib/orders/schemas";

/** A plan for a cycle into the member's cart, at the catalog's price now in the account's currency. */
export const addServiceToCartAction = createAccountAction({
  requirement: "services.order",
  schema: ZAddServiceToCart,
  handler: async ({ accountId, ...input }, { access }) => {
    const added = await addServiceToCart(access, input);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { itemId: added.id };
  },
});

/** A domain registration or transfer into the cart, with its registrant (the account or one of its contacts). */
export const addDomainToCartAction = createAccountAction({
  requirement: "domains.order",
  schema: ZAddDomainToCart,
  handler: async ({ accountId, ...input }, { access }) => {
    const added = await addDomainToCart(access, input);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { itemId: added.id };
  },
});
