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
import { createVerificationLink, sendVerificationEmail } from "@/lib/users/verification-email";
import { memberJoinedEmail } from "@/emails/account/member-joined";
import { invitationsBeyondInviters } from "./inviter-rights";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

export type InvitationView = {
  state: "valid" | "expired" | "accepted" | "revoked" | "unknown";
  email?: string;
  accountName?: string;
  inviterName?: string;
  /** Whether the invited address already has a user: sign in, or sign up with the email fixed. */
  emailHasUser?: boolean;
  /** Someone signed up from this link and the address is not verified yet: the link sent to it finishes joining. */
  awaitingVerification?: boolean;
};

/** What an invitation link is worth, without using it. A closed account's invitations are dead. */
export async function inspectInvitation(token: string): Promise<InvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      email: true,
      status: true,
      expiresAt: true,
      account: { select: { legalName: true, status: true } },
      invitedBy: { select: { name: true } },
      signUpUser: { select: { emailVerifiedAt: true } },
    },
  });
  if (!invitation || invitation.account.status !== "ACTIVE") return { state: "unknown" };
  if (invitation.status === "ACCEPTED") return { state: "accepted" };
  if (invitation.status === "REVOKED") return { state: "revoked" };
  if (invitation.expiresAt <= new Date()) return { state: "expired" };
  const user = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    state: "valid",
    email: invitation.email,
    accountName: invitation.account.legalName,
    inviterName: invitation.invitedBy.name,
    emailHasUser: !!user,
    awaitingVerification: !!invitation.signUpUser && !invitation.signUpUser.emailVerifiedAt,
  };
}

/**
 * Spends the invitation for this user, inside the caller's transaction: the conditional
 * update makes it single-use when two accepts race, and the email condition means only the
 * invited address can take it. The membership gets the invitation's grant, which must still
 * be within what its inviter holds at this moment (lib/invitations/inviter-rights.ts); every
 * road that claims an invitation comes through here.
 */
async function claimInvitation(tx: Prisma.TransactionClient, tokenHash: string, user: { id: string; email: string }, client: ClientInfo | null) {
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
  await emitWebhookEvent(tx, { type: "member.joined", data: { accountId: invitation.accountId, userId: user.id, email: user.email } });
  const { name } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
  await notifyAccount(invitation.accountId, "GENERAL", memberJoinedEmail({ memberName: name, url: appUrl(`/accounts/${invitation.accountId}/users`) }), {
    tx,
    exceptEmails: [user.email],
  });
  return { accountId: invitation.accountId };
}

/** A signed-in user accepts an invitation sent to their address. */
export async function acceptInvitation(token: string, user: { id: string; email: string }, client: ClientInfo): Promise<{ accountId: string }> {
  const result = await db.$transaction((tx) => claimInvitation(tx, hashSecretToken(token), user, client));
  deliverSoon();
  return result;
}

/**
 * A signed-in user joins from the invitations waiting for them (the accounts page, after a
 * first sign-in), without the link: found by id and their own address, so another person's
 * invitation id finds nothing; then the same claim as the link's.
 */
export async function acceptPendingInvitation(invitationId: string, user: { id: string; email: string }, client: ClientInfo): Promise<{ accountId: string }> {
  const invitation = await db.invitation.findFirst({ where: { id: invitationId, email: user.email }, select: { tokenHash: true } });
  if (!invitation) throw new UserError("invitationInvalid");
  const result = await db.$transaction((tx) => claimInvitation(tx, invitation.tokenHash, user, client));
  deliverSoon();
  return result;
}

/**
 * A new person signs up from the link, with the invited email fixed. The link is not proof
 * that they hold that mailbox: it may have been forwarded, read over a shoulder or shown
 * somewhere, and whoever signed up with it would otherwise get the grant (a Super
 * administrator's, maybe) under an address they do not own. So the user is created
 * unverified and tied to the invitation, which stays pending, and a verification link goes
 * to the address; the invitation is accepted when that link is followed
 * (acceptInvitationAfterSignUp). User, tie and email are one transaction.
 */
export async function signUpFromInvitation(input: { token: string; name: string; password: string; locale: string; timeZone?: string }): Promise<{ email: string }> {
  const view = await inspectInvitation(input.token);
  if (view.state !== "valid" || !view.email) throw new UserError("invitationInvalid");
  const email = view.email;
  const passwordHash = await hashPassword(input.password);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: input.name, passwordHash, locale: input.locale, timeZone: input.timeZone },
        select: { id: true, email: true, name: true, locale: true },
      });
      const tied = await tx.invitation.updateMany({
        where: { tokenHash: hashSecretToken(input.token), email, status: "PENDING", expiresAt: { gt: new Date() }, account: { status: "ACTIVE" } },
        data: { signUpUserId: user.id },
      });
      if (tied.count !== 1) throw new UserError("invitationInvalid");
      await sendVerificationEmail(tx, user, await createVerificationLink(tx, user.id));
    });
    deliverSoon();
    return { email };
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("emailTaken");
    throw error;
  }
}

/**
 * The person who signed up from an invitation followed their verification link: the
 * invitation they signed up from is accepted, through the same claim as a signed-in user's
 * accept (single use, the invited address, the grant). Its own transaction, after the
 * verification committed: an invitation revoked, expired or refused meanwhile leaves the
 * person verified and signed in, without the membership (null), rather than unable to
 * confirm their address.
 */
export async function acceptInvitationAfterSignUp(user: { id: string; email: string }, client: ClientInfo): Promise<{ accountId: string } | null> {
  const invitation = await db.invitation.findFirst({ where: { signUpUserId: user.id, status: "PENDING" }, orderBy: { createdAt: "desc" }, select: { tokenHash: true } });
  if (!invitation) return null;
  try {
    const result = await db.$transaction((tx) => claimInvitation(tx, invitation.tokenHash, user, client));
    deliverSoon();
    return result;
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}
