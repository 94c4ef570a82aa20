import type { EmailCategory } from "@/lib/generated/prisma/client";
import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderEmail, secretLink } from "../render";

type AccountEmailContent = {
  template: string;
  category: EmailCategory;
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
};

/**
 * The frame every account email shares: a greeting, the account's name in the footer (why
 * you get it), and the link to stop this category.
 */
export function renderAccountEmail(context: AccountMessageContext, content: AccountEmailContent) {
  const { t } = context;
  return renderEmail({
    template: content.template,
    subject: content.subject,
    paragraphs: [t("emails.common.greeting", { name: context.name }), ...content.paragraphs],
    action: content.action,
    footer: t("emails.account.footer", { accountName: context.accountName, category: t(`emailCategories.${content.category}`) }),
    // A contact's link is signed for that contact and works without signing in; a member's
    // opens their own preferences. Neither is anyone else's to see in the account's history.
    unsubscribe: secretLink(t, { label: t("emails.account.unsubscribe"), url: context.unsubscribeUrl }),
  });
}
