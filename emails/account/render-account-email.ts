import type { EmailCategory } from "@/lib/generated/prisma/client";
import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderEmail, secretLink, type EmailAttachment, type EmailFact } from "../render";

type AccountEmailContent = {
  template: string;
  category: EmailCategory;
  subject: string;
  paragraphs: string[];
  facts?: EmailFact[];
  action?: { label: string; url: string };
  attachments?: EmailAttachment[];
};

/**
 * The frame every account email shares: a greeting, the account's name in the footer (why
 * you get it), and the link to stop this category, for those who can. The owner receives
 * every account email whatever the preferences say (lib/notifications/recipients.ts), so
 * their copy says so instead of offering a link that would change nothing.
 */
export function renderAccountEmail(context: AccountMessageContext, content: AccountEmailContent) {
  const { t } = context;
  const { category, ...rest } = content;
  const categoryName = t(`emailCategories.${category}`);
  return renderEmail({
    ...rest,
    t,
    paragraphs: [t("emails.common.greeting", { name: context.name }), ...content.paragraphs],
    footer: context.unsubscribeUrl
      ? t("emails.account.footer", { accountName: context.accountName, category: categoryName })
      : t("brand.emails.ownerFooter", { accountName: context.accountName, category: categoryName }),
    // A contact's link is signed for that contact and works without signing in; a member's
    // opens their own preferences. Neither is anyone else's to see in the account's history.
    unsubscribe: context.unsubscribeUrl ? secretLink(t, { label: t("emails.account.unsubscribe"), url: context.unsubscribeUrl }) : undefined,
  });
}
