import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { hashPassword } from "@/lib/auth/password";
import { hashSecretToken } from "@/lib/auth/tokens";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { notifyAccount } from "@/lib/notifications/notify-account";
import { memberJoinedEmail } from "@/emails/account/member-joined";
import { invitationsBeyondInviters } from "./inviter-rights";

export type InvitationView = {
  state: "valid" | "expired" | "accepted" | "revoked" | "unknown";
  email?: string;
  accountName?: string;
  inviterName?: string;
  /** Whether the invited address already has a user: sign in, or sign up with the email fixed. */
  emailHasUser?: boolean;
};

/** What an invitation link is worth, without using it. A closed account's invitations are dead. */
export async function inspectInvitation(token: string): Promise<InvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { email: true, status: true, expiresAt: true, account: { select: { legalName: true, status: true } }, invitedBy: { select: { name: true } } },
  });
  if (!invitation || invitation.account.status !== "ACTIVE") return { state: "unknown" };
  if (invitation.status === "ACCEPTED") return { state: "accepted" };
  if (invitation.status === "REVOKED") return { state: "revoked" };
  if (invitation.expiresAt <= new Date()) return { state: "expired" };
  const user = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { state: "valid", email: invitation.email, accountName: invitation.account.legalName, inviterName: invitation.invitedBy.name, emailHasUser: !!user };
}

/**
 * Spends the invitation for this user, inside the caller's transaction: the conditional
 * update makes it single-use when two accepts race, and the email condition means only the
 * invited address can take it. The membership gets the invitation's grant, which must still
 * be within what its inviter holds at this moment (lib/invitations/inviter-rights.ts); every
 * road that claims an invitation comes through here.
 */
async function claimInvitation(tx: Prisma.TransactionClient, token: string, user: { id: string; email: string }, client: ClientInfo | null) {
  const tokenHash = hashSecretToken(token);
  const now = new Date();
  const invitation = await tx.invitation.findUnique({ where: { tokenHash }, select: { id: true, email: true, status: true, expiresAt: true, accountId: true, invitedById: true, builtInProfile: true, profileId: true, customPermissions: true, contactId: true } });
  if (!invitation) throw new UserError("invitationInvalid");
  if (invitation.email !== user.email) throw new UserError("invitationForAnotherEmail", { email: invitation.email });

  // The inviter's membership is held still while their rights are read: a demotion or removal
  // running now either commits first (and is seen) or waits until this acceptance is done.
  // (A link that is dead anyway is refused as such below.)
  if (invitation.status === "PENDING" && invitation.expiresAt > now) {
    await tx.$executeRaw`SELECT 1 FROM "Membership" WHERE "accountId" = ${invitation.accountId}::uuid AND "userId" = ${invitation.invitedById}::uuid FOR SHARE`;
    if ((await invitationsBeyondInviters(tx, invitation.accountId, { invitationId: invitation.id })).length) throw new UserError("invitationBeyondInviter");
  }

  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, status: "PENDING", expiresAt: { gt: now }, account: { status: "ACTIVE" } },
    data: { status: "ACCEPTED", acceptedAt: now, acceptedById: user.id },
  });
  if (claimed.count !== 1) throw new UserError("invitationInvalid");

  const alreadyMember = await tx.membership.findUnique({ where: { accountId_userId: { accountId: invitation.accountId, userId: user.id } }, select: { id: true } });
  if (alreadyMember) throw new UserError("alreadyMember", { email: user.email });
  await tx.membership.create({
    data: { accountId: invitation.accountId, userId: user.id, builtInProfile: invitation.builtInProfile, profileId: invitation.profileId, customPermissions: invitation.customPermissions },
  });
  // A contact activated as sub-account now shows the member it became.
  if (invitation.contactId) await tx.contact.updateMany({ where: { id: invitation.contactId, accountId: invitation.accountId }, data: { linkedUserId: user.id } });
  await recordActivity(tx, { accountId: invitation.accountId, actorId: user.id, subjectId: user.id, kind: "invitation.accepted", client, details: { email: user.email } });
  const { name } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
  await notifyAccount(invitation.accountId, "GENERAL", memberJoinedEmail({ memberName: name, url: appUrl(`/accounts/${invitation.accountId}/users`) }), {
    tx,
    exceptEmails: [user.email],
  });
  return { accountId: invitation.accountId };
}

/** A signed-in user accepts an invitation sent to their address. */
export async function acceptInvitation(token: string, user: { id: string; email: string }, client: ClientInfo): Promise<{ accountId: string }> {
  const result = await db.$transaction((tx) => claimInvitation(tx, token, user, client));
  deliverSoon();
  return result;
}

/**
 * A new person signs up from the link, with the invited email fixed: the link came to that
 * mailbox, so the address counts as verified. User and membership are one transaction.
 */
export async function signUpFromInvitation(
  input: { token: string; name: string; password: string; locale: string },
  client: ClientInfo,
): Promise<{ accountId: string; user: { id: string; email: string; name: string; locale: string; timeZone: string; twoFactorEnabled: false } }> {
  const view = await inspectInvitation(input.token);
  if (view.state !== "valid" || !view.email) throw new UserError("invitationInvalid");
  const email = view.email;
  const passwordHash = await hashPassword(input.password);
  try {
    const result = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: input.name, passwordHash, locale: input.locale, emailVerifiedAt: new Date() },
        select: { id: true, email: true, name: true, locale: true, timeZone: true },
      });
      const { accountId } = await claimInvitation(tx, input.token, user, client);
      return { accountId, user: { ...user, twoFactorEnabled: false as const } };
    });
    deliverSoon();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("emailTaken");
    throw error;
  }
}
