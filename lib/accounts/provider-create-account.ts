import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { hashPassword } from "@/lib/auth/password";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon, enqueueEmail } from "@/lib/email/outbox";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { INVITATION_TTL_MS } from "@/lib/invitations/invite-member";
import { createVerificationLink } from "@/lib/users/verification-email";
import { accountOpenedTemplate } from "@/emails/account-opened";
import { ownerInvitationTemplate } from "@/emails/owner-invitation";
import type { TAccountDetails } from "./schemas";
import { writeAccount } from "./write-account";

/** The account's details; its document language defaults to the owner's language (an existing user's, else en). */
export type TProviderNewAccount = { details: Omit<TAccountDetails, "documentLocale"> & { documentLocale?: TAccountDetails["documentLocale"] }; owner: { email: string; name?: string } };

/**
 * The provider opens a client account for an owner named by email address.
 *
 * An existing user becomes the owner at once (writeAccount, the rows createAccount writes)
 * and is told by email, in their own language.
 *
 * A new address: "every account has exactly one owner" is a fact of the row (ownerId is NOT
 * NULL), so the account cannot wait, ownerless, for an invitation to be accepted; and the
 * invitation link must not prove the mailbox (README, "Client accounts and permissions").
 * So the owner's user is created now, unverified, with a password nobody knows, and owns the
 * account from its first moment; an unverified address cannot sign in. The email, in the
 * account's document language, carries a verification link (valid 7 days, like an
 * invitation) whose page sets the password (completeVerification): following it is what
 * proves the mailbox, exactly as for someone who signed up. Whoever sees the link elsewhere
 * gains nothing the mailbox holder could not take back with a password reset, which also
 * verifies. A link that expired is replaced by "send the confirmation again" or a reset.
 * The rejected alternatives: an ownerless account waiting for an invitation (breaks the
 * invariant), or an Invitation with an owner grant accepted by sign-up (the account would need
 * a temporary owner, and the claim would move ownership outside the transfer's rules).
 */
export async function createAccountForProvider(input: TProviderNewAccount): Promise<{ id: string }> {
  // Hashed outside the transaction (it is slow); thrown away at once, so nobody can know it.
  const unusablePassword = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    return await createOnce(input, unusablePassword);
  } catch (error) {
    // Two accounts created at once for the same new address: the second finds the user the first created.
    if (!isUniqueViolation(error)) throw error;
    return createOnce(input, unusablePassword);
  } finally {
    deliverSoon();
  }
}

async function createOnce({ details, owner }: TProviderNewAccount, unusablePassword: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: owner.email }, select: { id: true, name: true, locale: true } });
    const documentLocale = details.documentLocale ?? (isLocale(existing?.locale) ? existing.locale : defaultLocale);
    const user = existing ?? (await tx.user.create({ data: { email: owner.email, name: owner.name ?? defaultName(owner.email, details), passwordHash: unusablePassword, locale: documentLocale }, select: { id: true, name: true, locale: true } }));
    const account = await writeAccount(tx, user.id, { ...details, documentLocale });
    await recordActivity(tx, { accountId: account.id, actorId: null, kind: "account.created", client: null, details: { legalName: details.legalName, by: "provider" } });
    await tellOwner(tx, { accountId: account.id, accountName: details.legalName, to: owner.email, user, isNew: !existing });
    return account;
  });
}

async function tellOwner(tx: Prisma.TransactionClient, input: { accountId: string; accountName: string; to: string; user: { id: string; name: string; locale: string }; isNew: boolean }) {
  const t = translatorFor(input.user.locale);
  const email = input.isNew
    ? ownerInvitationTemplate(t, { name: input.user.name, accountName: input.accountName, url: await createVerificationLink(tx, input.user.id, INVITATION_TTL_MS) })
    : accountOpenedTemplate(t, { name: input.user.name, accountName: input.accountName, url: appUrl(`/accounts/${input.accountId}`) });
  await enqueueEmail(tx, { to: input.to, email, accountId: input.accountId });
}

/** A person's account is named after them; otherwise the address's local part, until the owner changes it in their profile. */
function defaultName(email: string, details: Pick<TAccountDetails, "kind" | "legalName">): string {
  return details.kind === "PERSON" ? details.legalName.slice(0, 100) : email.split("@")[0]!.slice(0, 100);
}
