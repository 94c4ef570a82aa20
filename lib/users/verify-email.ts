import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { endSessionsExcept } from "@/lib/auth/sessions";
import { clearFailures } from "@/lib/auth/throttle";
import { hashSecretToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { sendEmail } from "@/lib/email/send-email";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { translatorFor } from "@/lib/i18n/messages";
import { acceptInvitationAfterSignUp } from "@/lib/invitations/accept-invitation";
import { welcomeTemplate } from "@/emails/welcome";

export type VerificationTokenState = "valid" | "expired" | "used" | "unknown";

/** What a verification link is worth, without using it (the page shows this before asking for the password). */
export async function inspectVerificationToken(token: string): Promise<VerificationTokenState> {
  const row = await db.emailVerificationToken.findUnique({ where: { tokenHash: hashSecretToken(token) } });
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt <= new Date()) return "expired";
  return "valid";
}

export type VerifiedUser = { id: string; email: string; name: string; locale: string; timeZone: string; twoFactorEnabled: boolean };

/**
 * Uses a verification link once, and sets the password typed on its page: the address is
 * verified, the password replaced, every session of the user ended and older links
 * dropped, in one transaction. The conditional update makes the link single-use when two
 * requests race with it.
 *
 * Why the link sets the password: anyone can sign up with someone else's address and a
 * password of their own (account pre-hijacking). Following the link proves who holds the
 * mailbox, not who chose the sign-up password, so verifying with that password kept would
 * hand the mailbox owner's account to whoever signed up. Whatever was set before the
 * address was proven stops counting here.
 *
 * A person who signed up from an invitation joins its account now, once the address is
 * proven (`joinedAccountId`; see signUpFromInvitation).
 */
export async function completeVerification(input: { token: string; password: string; client: ClientInfo }): Promise<{ user: VerifiedUser; joinedAccountId: string | null }> {
  const tokenHash = hashSecretToken(input.token);
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.emailVerificationToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return null;
    const { userId } = await tx.emailVerificationToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, emailVerifiedAt: current.emailVerifiedAt ?? now },
      select: { id: true, email: true, name: true, locale: true, timeZone: true, twoFactorEnabledAt: true },
    });
    await tx.emailVerificationToken.deleteMany({ where: { userId, usedAt: null } });
    await endSessionsExcept(tx, { userId, keepSessionId: null, reason: "PASSWORD_SET" });
    await sendEmail({ to: user.email, email: welcomeTemplate(translatorFor(user.locale), { name: user.name, url: appUrl("/user/accounts") }) }, tx);
    const { twoFactorEnabledAt, ...rest } = user;
    return { ...rest, twoFactorEnabled: twoFactorEnabledAt !== null };
  });
  if (!user) throw new UserError("verificationLinkInvalid");
  deliverSoon();

  // Failed sign-ins with the earlier password no longer matter: the mailbox holder chose a new one.
  await clearFailures({ scope: "sign-in:email", subject: user.email });
  const joined = await acceptInvitationAfterSignUp(user, input.client);
  return { user, joinedAccountId: joined?.accountId ?? null };
}
