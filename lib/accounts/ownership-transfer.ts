import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { countMailToOthers } from "@/lib/auth/throttle";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon, enqueueEmail } from "@/lib/email/outbox";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { translatorFor } from "@/lib/i18n/messages";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { ownershipTransferTemplate } from "@/emails/ownership-transfer";

export const TRANSFER_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The transfer waiting in this account, if any (expired ones do not count). */
export function pendingTransfer(accountId: string) {
  return db.ownershipTransfer.findFirst({
    where: { accountId, status: "PENDING", expiresAt: { gt: new Date() } },
    select: { id: true, toUserId: true, fromUserId: true, createdAt: true, expiresAt: true },
  });
}

/**
 * The owner offers the account to a member, confirming with their password. Nothing moves
 * until the member accepts; one offer waits at a time.
 */
export async function startOwnershipTransfer(access: AccountAccess, input: { membershipId: string; password: string }, client: ClientInfo): Promise<void> {
  if (!access.isOwner) throw new UserError("forbidden");
  await confirmPassword(access.user, input.password, client);
  const accountId = access.account.id;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "ClientAccount" WHERE id = ${accountId}::uuid FOR UPDATE`;
    const member = await tx.membership.findFirst({ where: { id: input.membershipId, accountId }, select: { userId: true, user: { select: { email: true, name: true, locale: true } } } });
    if (!member) throw new UserError("notFound");
    if (member.userId === access.user.id) throw new UserError("transferToSelf");
    const waiting = await tx.ownershipTransfer.count({ where: { accountId, status: "PENDING", expiresAt: { gt: new Date() } } });
    if (waiting) throw new UserError("transferPending");
    // Offering and cancelling in a loop would email the member each time: limited like every email sent on someone's say-so.
    await countMailToOthers(tx, member.user.email, { userId: access.user.id, ip: client.ip });
    await tx.ownershipTransfer.create({ data: { accountId, fromUserId: access.user.id, toUserId: member.userId, expiresAt: new Date(Date.now() + TRANSFER_TTL_MS) } });
    await recordActivity(tx, { accountId, actorId: access.user.id, subjectId: member.userId, kind: "ownership.transfer_started", client, details: { to: member.user.email } });
    const email = ownershipTransferTemplate(translatorFor(member.user.locale), {
      name: member.user.name,
      ownerName: access.user.name,
      accountName: access.account.legalName,
      url: appUrl(`/accounts/${accountId}/settings`),
    });
    await enqueueEmail(tx, { to: member.user.email, email, accountId });
  });
  deliverSoon();
}

export async function cancelOwnershipTransfer(access: AccountAccess, client: ClientInfo): Promise<void> {
  if (!access.isOwner) throw new UserError("forbidden");
  await db.$transaction(async (tx) => {
    const { count } = await tx.ownershipTransfer.updateMany({ where: { accountId: access.account.id, status: "PENDING" }, data: { status: "CANCELLED", decidedAt: new Date() } });
    if (count === 0) throw new UserError("transferNotFound");
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "ownership.transfer_cancelled", client });
  });
}

/**
 * The member named in the offer accepts: in one transaction the offer is spent (a
 * conditional update, so it works once), the account's owner changes, and the old owner
 * stays as Super administrator.
 */
export async function acceptOwnershipTransfer(access: AccountAccess, client: ClientInfo): Promise<void> {
  const accountId = access.account.id;
  await db.$transaction(async (tx) => {
    const now = new Date();
    const transfer = await tx.ownershipTransfer.findFirst({ where: { accountId, toUserId: access.user.id, status: "PENDING", expiresAt: { gt: now } }, select: { id: true, fromUserId: true, createdAt: true } });
    if (!transfer) throw new UserError("transferNotFound");
    // An offer ends when the member it names is removed or leaves (lib/members/change-members.ts);
    // one made before their current membership began was made to that earlier membership.
    const membership = await tx.membership.findUnique({ where: { id: access.membershipId }, select: { createdAt: true } });
    if (!membership || membership.createdAt > transfer.createdAt) throw new UserError("transferNotFound");
    const claimed = await tx.ownershipTransfer.updateMany({ where: { id: transfer.id, status: "PENDING" }, data: { status: "ACCEPTED", decidedAt: now } });
    if (claimed.count !== 1) throw new UserError("transferNotFound");
    // The offer is void if the owner changed meanwhile.
    const moved = await tx.clientAccount.updateMany({ where: { id: accountId, ownerId: transfer.fromUserId, status: "ACTIVE" }, data: { ownerId: access.user.id } });
    if (moved.count !== 1) throw new UserError("transferNotFound");
    await tx.membership.update({
      where: { accountId_userId: { accountId, userId: transfer.fromUserId } },
      data: { builtInProfile: "SUPER_ADMINISTRATOR", profileId: null, customPermissions: [] },
    });
    await recordActivity(tx, { accountId, actorId: access.user.id, subjectId: transfer.fromUserId, kind: "ownership.transferred", client, details: { from: transfer.fromUserId, to: access.user.id } });
  });
}
