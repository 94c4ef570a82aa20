import type { EmailCategory } from "@/lib/generated/prisma/client";
import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderEmail } from "../render";

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
    unsubscribe: { label: t("emails.account.unsubscribe"), url: context.unsubscribeUrl },
  });
}
