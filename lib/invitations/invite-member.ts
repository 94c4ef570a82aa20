import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { countMailToOthers } from "@/lib/auth/throttle";
import { createSecretToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon, enqueueEmail } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { translatorFor } from "@/lib/i18n/messages";
import { assertMayGrant } from "@/lib/members/authorize-changes";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { grantColumns, grantFromColumns, type Grant } from "@/lib/permissions/grants";
import { invitationTemplate } from "@/emails/invitation";
import { invitationsBeyondInviters, lockAccountInvitations } from "./inviter-rights";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites an address with a grant the inviter holds. Inviting an address again replaces
 * its pending invitation (a new link; the old one stops working). An address that already
 * belongs to a member is refused. The email goes to an address of the inviter's choosing
 * with their name and the account's in it, so only a verified user may send it, and it
 * counts against the recipient's, the sender's and the IP's limits (lib/auth/throttle.ts).
 */
export async function inviteMember(access: AccountAccess, input: { email: string; grant: Grant; contactId?: string }, client: ClientInfo): Promise<{ invitationId: string }> {
  const accountId = access.account.id;
  const { token, tokenHash } = createSecretToken();
  const invitation = await db.$transaction(async (tx) => {
    await lockAccountInvitations(tx, accountId);
    await assertMayGrant(tx, access, input.grant);
    const member = await tx.membership.findFirst({ where: { accountId, user: { email: input.email } }, select: { id: true } });
    if (member) throw new UserError("alreadyMember", { email: input.email });
    const verified = await tx.user.count({ where: { id: access.user.id, emailVerifiedAt: { not: null } } });
    if (!verified) throw new UserError("verifyEmailToInvite");
    await countMailToOthers(tx, input.email, { userId: access.user.id, ip: client.ip });

    await tx.invitation.updateMany({ where: { accountId, email: input.email, status: "PENDING" }, data: { status: "REVOKED", revokedAt: new Date() } });
    const invitation = await tx.invitation.create({
      data: {
        accountId,
        email: input.email,
        ...grantColumns(input.grant),
        invitedById: access.user.id,
        tokenHash,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        contactId: input.contactId ?? null,
      },
      select: { id: true },
    });
    // The rights read at the start of the request may be stale (a demotion committed since):
    // read them again under the lock, with the rule an acceptance applies.
    if ((await invitationsBeyondInviters(tx, accountId, { invitationId: invitation.id })).length) throw new UserError("cannotGrantMore");
    await recordActivity(tx, {
      accountId,
      actorId: access.user.id,
      kind: input.contactId ? "contact.activated" : "invitation.sent",
      client,
      details: { email: input.email, grant: input.grant },
    });

    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { locale: true } });
    const t = translatorFor(existing?.locale ?? access.user.locale);
    const email = invitationTemplate(t, { inviterName: access.user.name, accountName: access.account.legalName, url: appUrl(`/invite/${token}`) });
    await enqueueEmail(tx, { to: input.email, email, accountId });
    return invitation;
  });
  deliverSoon();
  return { invitationId: invitation.id };
}

/** Sends a pending (or expired) invitation again with the same grant: a new link, the old one revoked. */
export async function reinvite(access: AccountAccess, invitationId: string, client: ClientInfo) {
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, accountId: access.account.id, status: "PENDING" },
    select: { email: true, builtInProfile: true, profileId: true, customPermissions: true, contactId: true },
  });
  if (!invitation) throw new UserError("notFound");
  return inviteMember(access, { email: invitation.email, grant: grantFromColumns(invitation), contactId: invitation.contactId ?? undefined }, client);
}

export async function revokeInvitation(access: AccountAccess, invitationId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: invitationId, accountId: access.account.id, status: "PENDING" },
      data: { status: "REVOKED", revokedAt: new Date() },
    });
    if (revoked.count !== 1) throw new UserError("notFound");
    const { email } = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { email: true } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "invitation.revoked", client, details: { email } });
  });
}
