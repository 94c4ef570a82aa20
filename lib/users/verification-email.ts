import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countRequest, subjects } from "@/lib/auth/throttle";
import { createSecretToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { sendEmail } from "@/lib/email/send-email";
import type { ClientInfo } from "@/lib/http/client-info";
import { translatorFor } from "@/lib/i18n/messages";
import { verifyEmailTemplate } from "@/emails/verify-email";

export const VERIFICATION_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

type Recipient = { id: string; email: string; name: string; locale: string };

/**
 * Stores a new verification token (only its hash) inside the caller's transaction and returns the link.
 * A link the person did not ask for (an account the provider opened for them) may live longer.
 */
export async function createVerificationLink(tx: Prisma.TransactionClient, userId: string, ttlMs = VERIFICATION_TOKEN_TTL_MS): Promise<string> {
  const { token, tokenHash } = createSecretToken();
  await tx.emailVerificationToken.create({
    data: { userId, tokenHash, expiresAt: new Date(Date.now() + ttlMs) },
  });
  return appUrl(`/verify-email/${token}`);
}

/** Written in the caller's transaction (the one that stored the token); delivered after commit. */
export async function sendVerificationEmail(tx: Prisma.TransactionClient, user: Recipient, url: string): Promise<void> {
  await sendEmail({ to: user.email, email: verifyEmailTemplate(translatorFor(user.locale), { name: user.name, url }) }, tx);
}

/**
 * A new link for an unverified address. The answer is the same whether or not the address
 * has an account, so this cannot be used to find out who is registered. Requests are
 * counted per address and per IP either way, so nobody can flood a mailbox with links.
 */
export async function resendVerificationEmail(email: string, client: Pick<ClientInfo, "ip">): Promise<void> {
  await countRequest(subjects("verification-resend", email, client.ip));
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.emailVerifiedAt) return;
  await db.$transaction(async (tx) => {
    // The newest link replaces older ones still waiting in the mailbox.
    await tx.emailVerificationToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    await sendVerificationEmail(tx, user, await createVerificationLink(tx, user.id));
  });
  deliverSoon();
}
