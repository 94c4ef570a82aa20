"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { ZAccountDetails } from "@/lib/accounts/schemas";
import { updateAccountDetails } from "@/lib/accounts/update-account";
import { leaveAccount } from "@/lib/members/change-members";

export const updateAccountDetailsAction = createAccountAction({
  requirement: "account.edit",
  schema: ZAccountDetails,
  handler: async ({ accountId, ...details }, { access, client }) => {
    await updateAccountDetails(access, details, client);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { saved: true };
  },
});

/** Any member but the owner may leave; the owner must transfer ownership first. */
export const leaveAccountAction = createAccountAction({
  requirement: "account.view",
  schema: z.object({}),
  handler: async (_input, { access, client }) => {
    await leaveAccount(access, client);
    redirect("/user/accounts");
  },
});
