"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { createAccount } from "@/lib/accounts/create-account";
import { ZAccountDetails } from "@/lib/accounts/schemas";
import { acceptPendingInvitation } from "@/lib/invitations/accept-invitation";
import { ZPendingInvitation } from "@/lib/invitations/schemas";

export const createAccountAction = createAction({
  auth: "user",
  schema: ZAccountDetails,
  handler: async (details, { user, client }) => {
    const account = await createAccount(user, details, client);
    redirect(`/accounts/${account.id}`);
  },
});

/** Joins an account from the invitations waiting for the signed-in user (lib/invitations/accept-invitation.ts). */
export const joinInvitationAction = createAction({
  auth: "user",
  schema: ZPendingInvitation,
  handler: async ({ invitationId }, { user, client }) => {
    const { accountId } = await acceptPendingInvitation(invitationId, user, client);
    redirect(`/accounts/${accountId}`);
  },
});
