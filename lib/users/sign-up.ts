import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { subjects, tryCountRequest } from "@/lib/auth/throttle";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import { sendEmail } from "@/lib/email/send-email";
import type { ClientInfo } from "@/lib/http/client-info";
import { translatorFor } from "@/lib/i18n/messages";
import { registrationAttemptTemplate } from "@/emails/registration-attempt";
import type { TSignUp } from "./schemas";
import { createVerificationLink, sendVerificationEmail } from "./verification-email";

export type SignUpOutcome = "created" | "already-registered";

/**
 * Registers a person and sends the verification link. When the address already has an
 * account, nothing is written and its owner is warned by email instead; the caller shows
 * the same answer either way, so the page never tells who is registered.
 */
export async function signUp(input: Omit<TSignUp, "timeZone"> & { locale: string; timeZone?: string }, client: Pick<ClientInfo, "ip"> = { ip: null }): Promise<SignUpOutcome> {
  // Hashing first also makes both outcomes take about the same time.
  const passwordHash = await hashPassword(input.password);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, locale: input.locale, timeZone: input.timeZone },
      });
      await sendVerificationEmail(tx, user, await createVerificationLink(tx, user.id));
    });
    deliverSoon();
    return "created";
  } catch (error) {
    // The unique index on email decides, also when two sign-ups race with one address.
    if (!isUniqueViolation(error)) throw error;
    await warnExistingOwner(input.email, client);
    return "already-registered";
  }
}

/**
 * Anyone can trigger this email from the sign-up form, so it is limited per address and per
 * IP (lib/auth/throttle.ts). At the limit it is skipped without a word: a message would tell
 * the person signing up that the address is registered.
 */
async function warnExistingOwner(email: string, client: Pick<ClientInfo, "ip">): Promise<void> {
  const owner = await db.user.findUnique({ where: { email }, select: { name: true, locale: true } });
  if (!owner) return;
  if (!(await tryCountRequest(subjects("registration-attempt", email, client.ip)))) return;
  const t = translatorFor(owner.locale);
  await sendEmail({ to: email, email: registrationAttemptTemplate(t, { name: owner.name, signInUrl: appUrl("/sign-in") }) });
}
