import "server-only";
import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { sendEmail } from "@/lib/email/send-email";
import { translatorFor } from "@/lib/i18n/messages";
import { welcomeTemplate } from "@/emails/welcome";

export type VerificationTokenState = "valid" | "expired" | "used" | "unknown";

/** What a verification link is worth, without using it (the page shows this before signing in). */
export async function inspectVerificationToken(token: string): Promise<VerificationTokenState> {
  const row = await db.emailVerificationToken.findUnique({ where: { tokenHash: hashSecretToken(token) } });
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt <= new Date()) return "expired";
  return "valid";
}

/**
 * Uses a verification link once: marks the token used and the address verified, in one
 * transaction. The conditional update is what makes the link single-use when two requests
 * race with it. Returns the user to sign in, or null when the link is not (or no longer) valid.
 */
export async function consumeVerificationToken(token: string) {
  const tokenHash = hashSecretToken(token);
  const user = await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.emailVerificationToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return null;
    const { userId } = await tx.emailVerificationToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { emailVerifiedAt: now },
      select: { id: true, email: true, name: true, locale: true, timeZone: true, twoFactorEnabledAt: true },
    });
    await sendEmail({ to: user.email, email: welcomeTemplate(translatorFor(user.locale), { name: user.name, url: appUrl("/user/accounts") }) }, tx);
    const { twoFactorEnabledAt, ...rest } = user;
    return { ...rest, twoFactorEnabled: twoFactorEnabledAt !== null };
  });
  if (user) deliverSoon();
  return user;
}
