"use server";

import { revalidatePath } from "next/cache";
import { createAccountAction } from "@/lib/actions/create-account-action";
import { UserError } from "@/lib/errors/user-error";
import { inviteMember, reinvite, revokeInvitation } from "@/lib/invitations/invite-member";
import { changeMemberGrant, removeMember } from "@/lib/members/change-members";
import { ZChangeMember, ZInvitationId, ZInviteMember, ZMembershipId } from "@/lib/members/schemas";
import { toGrant, type Grant } from "@/lib/permissions/grants";
import { createProfile, deleteProfile, updateProfile } from "@/lib/profiles/manage-profiles";
import { ZCreateProfile, ZProfileId, ZUpdateProfile } from "@/lib/profiles/schemas";

const usersPage = (accountId: string) => `/accounts/${accountId}/users`;

function grantOrFail(fields: Parameters<typeof toGrant>[0]): Grant {
  const grant = toGrant(fields);
  if (!grant) throw new UserError("notFound");
  return grant;
}

export const inviteMemberAction = createAccountAction({
  requirement: "users.manage",
  schema: ZInviteMember,
  handler: async (input, { access, client }) => {
    await inviteMember(access, { email: input.email, grant: grantOrFail(input) }, client);
    revalidatePath(usersPage(input.accountId));
    return { email: input.email };
  },
});

export const reinviteAction = createAccountAction({
  requirement: "users.manage",
  schema: ZInvitationId,
  handler: async ({ accountId, invitationId }, { access, client }) => {
    await reinvite(access, invitationId, client);
    revalidatePath(usersPage(accountId));
    return { done: true };
  },
});

export const revokeInvitationAction = createAccountAction({
  requirement: "users.manage",
  schema: ZInvitationId,
  handler: async ({ accountId, invitationId }, { access, client }) => {
    await revokeInvitation(access, invitationId, client);
    revalidatePath(usersPage(accountId));
    return { done: true };
  },
});

export const changeMemberAction = createAccountAction({
  requirement: "users.manage",
  schema: ZChangeMember,
  handler: async (input, { access, client }) => {
    await changeMemberGrant(access, { membershipId: input.membershipId, grant: grantOrFail(input) }, client);
    revalidatePath(usersPage(input.accountId));
    return { done: true };
  },
});

export const removeMemberAction = createAccountAction({
  requirement: "users.manage",
  schema: ZMembershipId,
  handler: async ({ accountId, membershipId }, { access, client }) => {
    await removeMember(access, membershipId, client);
    revalidatePath(usersPage(accountId));
    return { done: true };
  },
});

export const createProfileAction = createAccountAction({
  requirement: "users.manage",
  schema: ZCreateProfile,
  handler: async ({ accountId, name, permissions }, { access, client }) => {
    await createProfile(access, { name, permissions }, client);
    revalidatePath(usersPage(accountId));
    return { name };
  },
});

export const updateProfileAction = createAccountAction({
  requirement: "users.manage",
  schema: ZUpdateProfile,
  handler: async ({ accountId, ...input }, { access, client }) => {
    await updateProfile(access, input, client);
    revalidatePath(usersPage(accountId));
    return { name: input.name };
  },
});

export const deleteProfileAction = createAccountAction({
  requirement: "users.manage",
  schema: ZProfileId,
  handler: async ({ accountId, profileId }, { access, client }) => {
    await deleteProfile(access, profileId, client);
    revalidatePath(usersPage(accountId));
    return { done: true };
  },
});
