import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon, enqueueEmails } from "@/lib/email/outbox";
import type { EmailCategory, Prisma } from "@/lib/generated/prisma/client";
import { translatorFor } from "@/lib/i18n/messages";
import type { EmailTranslator, RenderedEmail } from "@/emails/render";
import { accountRecipients, type AccountRecipient } from "./recipients";
import { unsubscribeToken } from "./unsubscribe-token";

/** What every account email gets to render itself for one recipient; `locale` is `t`'s, for formatting dates and money. */
/** `unsubscribeUrl` is null for the owner, who receives every account email and cannot opt out. */
export type AccountMessageContext = { t: EmailTranslator; locale: string; name: string; accountName: string; unsubscribeUrl: string | null };
export type AccountMessage = (context: AccountMessageContext) => RenderedEmail;

/** Members change their preferences signed in; contacts through a signed link; the owner has nothing to change. */
function unsubscribeUrl(accountId: string, recipient: AccountRecipient, category: EmailCategory): string | null {
  if (recipient.kind === "owner") return null;
  if (recipient.kind === "contact") return appUrl(`/unsubscribe/${unsubscribeToken(recipient.contactId, category)}`);
  return appUrl(`/user/notifications?account=${accountId}`);
}

/**
 * Sends an account email of a category to exactly the recipients the routing rules name
 * (lib/notifications/recipients.ts), each rendered in their language with their own
 * unsubscribe link. Written in `tx` when given (the change's transaction; the caller calls
 * deliverSoon after commit), else in a transaction of its own. Returns who it went to.
 */
export async function notifyAccount(
  accountId: string,
  category: EmailCategory,
  message: AccountMessage,
  /** `locale`: every copy in this language instead of each recipient's (invoices: the account's document language). */
  /** `onlyUserIds`: of the routed recipients, just these members (the one a message answers). */
  options: { tx?: Prisma.TransactionClient; exceptEmails?: string[]; locale?: string; onlyUserIds?: string[] } = {},
): Promise<{ notificationId: string; recipients: string[] }> {
  const write = async (tx: Prisma.TransactionClient) => {
    const notificationId = randomUUID();
    const { legalName } = await tx.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { legalName: true } });
    const recipients = (await accountRecipients(tx, accountId, category)).filter(
      (r) => !options.exceptEmails?.includes(r.email) && (!options.onlyUserIds || (r.kind !== "contact" && options.onlyUserIds.includes(r.userId))),
    );
    await enqueueEmails(
      tx,
      recipients.map((recipient) => {
        const locale = options.locale ?? recipient.locale;
        const email = message({ t: translatorFor(locale), locale, name: recipient.name, accountName: legalName, unsubscribeUrl: unsubscribeUrl(accountId, recipient, category) });
        return { to: recipient.email, email, accountId, category, notificationId };
      }),
    );
    return { notificationId, recipients: recipients.map((r) => r.email) };
  };
  if (options.tx) return write(options.tx);
  const result = await db.$transaction(write);
  deliverSoon();
  return result;
}
