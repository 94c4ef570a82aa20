import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordSecurityEvent } from "@/lib/auth/security-events";
import { sendSecurityAlert } from "@/lib/auth/security-alerts";
import { endSessionsExcept } from "@/lib/auth/sessions";
import { clearFailures, countRequest, subjects } from "@/lib/auth/throttle";
import { createSecretToken, hashSecretToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { sendEmail } from "@/lib/email/send-email";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { translatorFor } from "@/lib/i18n/messages";
import { passwordResetTemplate } from "@/emails/password-reset";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/**
 * Sends a reset link when the address has an account, and does nothing visible otherwise:
 * the caller answers the same either way. Requests are counted per address and per IP
 * whether the address exists or not, so the limit does not reveal it either.
 */
export async function requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
  await countRequest(subjects("password-reset", email, client.ip));
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, locale: true } });
  if (!user) return;

  const { token, tokenHash } = createSecretToken();
  await db.$transaction(async (tx) => {
    // The newest link replaces older ones still waiting in the mailbox.
    await tx.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) } });
    await recordSecurityEvent(tx, { userId: user.id, kind: "PASSWORD_RESET_REQUESTED", from: client });
    const url = appUrl(`/reset-password/${token}`);
    await sendEmail({ to: user.email, email: passwordResetTemplate(translatorFor(user.locale), { name: user.name, url }) }, tx);
  });
  deliverSoon();
}

export type ResetTokenState = "valid" | "expired" | "used" | "unknown";

/** What a reset link is worth, without using it: the page says so before asking for a password. */
export async function inspectPasswordResetToken(token: string): Promise<ResetTokenState> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashSecretToken(token) }, select: { usedAt: true, expiresAt: true } });
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt <= new Date() ? "expired" : "valid";
}

/**
 * Sets a new password from a reset link, in one transaction: the conditional update spends
 * the token (two requests with one link: exactly one wins), the password changes, every
 * session of the user ends (whoever knew the old password is out), and it is recorded.
 * Following the link also proves the address, so an unverified one becomes verified.
 */
export async function resetPassword(input: { token: string; password: string; client: ClientInfo }): Promise<{ email: string }> {
  const tokenHash = hashSecretToken(input.token);
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordResetToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, emailVerifiedAt: current.emailVerifiedAt ?? now },
      select: { id: true, email: true, name: true, locale: true, timeZone: true },
    });
    await tx.passwordResetToken.deleteMany({ where: { userId, usedAt: null } });
    await endSessionsExcept(tx, { userId, keepSessionId: null, reason: "PASSWORD_RESET" });
    await recordSecurityEvent(tx, { userId, kind: "PASSWORD_RESET", from: input.client });
    await sendSecurityAlert(user, "passwordChanged", input.client, { tx });
    return user;
  });
  if (!user) throw new UserError("resetLinkInvalid");
  deliverSoon();

  // Whoever holds the mailbox may sign in again at once, even after a lock.
  await clearFailures({ scope: "sign-in:email", subject: user.email });
  return { email: user.email };
}
