"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { ZAccountDetails } from "@/lib/accounts/schemas";
import { updateAccountDetails } from "@/lib/accounts/update-account";

export const updateAccountDetailsAction = createAccountAction({
  requirement: "account.edit",
  schema: ZAccountDetails,
  handler: async ({ accountId, ...details }, { access, client }) => {
    await updateAccountDetails(access, details, client);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { saved: true };
  },
});
