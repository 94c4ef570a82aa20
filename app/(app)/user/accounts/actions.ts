"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { createAccount } from "@/lib/accounts/create-account";
import { ZAccountDetails } from "@/lib/accounts/schemas";

export const createAccountAction = createAction({
  auth: "user",
  schema: ZAccountDetails,
  handler: async (details, { user, client }) => {
    const account = await createAccount(user, details, client);
    redirect(`/accounts/${account.id}`);
  },
});
