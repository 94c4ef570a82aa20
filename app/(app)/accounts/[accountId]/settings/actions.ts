"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { ZAccountDetails } from "@/lib/accounts/schemas";
import { updateAccountDetails } from "@/lib/accounts/update-account";
import { closeAccount } from "@/lib/accounts/close-account";
import { acceptOwnershipTransfer, cancelOwnershipTransfer, startOwnershipTransfer } from "@/lib/accounts/ownership-transfer";
import { ZCloseAccount, ZStartTransfer } from "@/lib/accounts/schemas-ownership";
import { leaveAccount } from "@/lib/members/change-members";
import { freeSeat } from "@/lib/seats/seats";

const settingsPage = (accountId: string) => `/accounts/${accountId}/settings`;

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
  whileSuspended: "allowed",
  requirement: "account.view",
  schema: z.object({}),
  handler: async (_input, { access, client }) => {
    await leaveAccount(access, client);
    redirect("/user/accounts");
  },
});

export const startTransferAction = createAccountAction({
  requirement: "ownership.transfer",
  schema: ZStartTransfer,
  handler: async ({ accountId, ...input }, { access, client }) => {
    await startOwnershipTransfer(access, input, client);
    revalidatePath(settingsPage(accountId));
    return { done: true };
  },
});

export const cancelTransferAction = createAccountAction({
  requirement: "ownership.transfer",
  schema: z.object({}),
  handler: async ({ accountId }, { access, client }) => {
    await cancelOwnershipTransfer(access, client);
    revalidatePath(settingsPage(accountId));
    return { done: true };
  },
});

/** The member the offer names accepts; the domain function checks that it names them. */
export const acceptTransferAction = createAccountAction({
  requirement: "account.view",
  schema: z.object({}),
  handler: async ({ accountId }, { access, client }) => {
    await acceptOwnershipTransfer(access, client);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { done: true };
  },
});

export const closeAccountAction = createAccountAction({
  requirement: "account.close",
  schema: ZCloseAccount,
  handler: async ({ password, confirmName }, { access, client }) => {
    await closeAccount(access, { password, confirmName }, client);
    redirect("/user/accounts");
  },
});

/** Frees a member's seat; it needs no seat itself, or a manager facing a full account could not free one. */
export const freeSeatAction = createAccountAction({
  requirement: "users.manage",
  needsSeat: false,
  whileSuspended: "allowed",
  schema: z.object({ userId: z.uuid({ error: "invalid" }) }),
  handler: async ({ accountId, userId }, { access, client }) => {
    await freeSeat({ accountId, userId: access.user.id, ownerId: access.account.ownerId }, userId, client);
    revalidatePath(`/accounts/${accountId}`, "layout");
    return { freed: true };
  },
});
