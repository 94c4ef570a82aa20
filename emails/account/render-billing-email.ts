import type { RenderedEmail } from "@/emails/render";
import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderEmail, type EmailAttachment, type EmailFact } from "../render";
import { renderAccountEmail } from "./render-account-email";

/**
 * Billing emails also go to the account's invoice addresses (ClientAccount.invoiceEmails),
 * which are neither members nor contacts: they have no preferences to change, so their copy
 * says why it came and who can stop it instead of carrying an unsubscribe link.
 */
export type BillingMessageContext = AccountMessageContext & { invoiceAddress?: boolean };
export type BillingMessage = (context: BillingMessageContext) => RenderedEmail;

type BillingEmailContent = { template: string; subject: string; paragraphs: string[]; facts?: EmailFact[]; action: { label: string; url: string }; attachments?: EmailAttachment[] };

export function renderBillingEmail(context: BillingMessageContext, content: BillingEmailContent): RenderedEmail {
  if (!context.invoiceAddress) return renderAccountEmail(context, { ...content, category: "BILLING" });
  const { t } = context;
  return renderEmail({
    ...content,
    t,
    paragraphs: [t("emails.common.greeting", { name: context.name }), ...content.paragraphs],
    footer: t("emails.invoiceAddress.footer", { accountName: context.accountName }),
  });
}
