import "server-only";
import { appUrl } from "@/lib/email/app-url";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translatorFor } from "@/lib/i18n/messages";
import { notifyAccount } from "@/lib/notifications/notify-account";
import type { BillingMessage } from "@/emails/account/render-billing-email";

/**
 * A billing email (invoice, receipt) inside the change's transaction: to the billing
 * recipients the routing rules name (notifyAccount), plus the account's invoice addresses
 * that are not among them, as one notification. The caller calls deliverSoon() after commit.
 */
export async function notifyBilling(tx: Prisma.TransactionClient, accountId: string, message: BillingMessage): Promise<{ notificationId: string; recipients: string[] }> {
  // Invoices speak the account's document language, to every reader (like the PDF).
  const account = await tx.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { legalName: true, invoiceEmails: true, documentLocale: true } });
  const { notificationId, recipients } = await notifyAccount(accountId, "BILLING", message, { tx, locale: account.documentLocale });
  const extra = account.invoiceEmails.filter((address) => !recipients.includes(address));
  for (const to of extra) {
    const email = message({
      t: translatorFor(account.documentLocale),
      locale: account.documentLocale,
      name: account.legalName,
      accountName: account.legalName,
      unsubscribeUrl: appUrl(`/accounts/${accountId}/billing`),
      invoiceAddress: true,
    });
    await enqueueEmail(tx, { to, email, accountId, category: "BILLING", notificationId });
  }
  return { notificationId, recipients: [...recipients, ...extra] };
}
