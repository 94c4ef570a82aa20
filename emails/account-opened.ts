import { renderEmail, type EmailTranslator } from "./render";

export type AccountOpenedData = { name: string; accountName: string; url: string };

/** To an existing user the provider made the owner of a new client account. */
export function accountOpenedTemplate(t: EmailTranslator, data: AccountOpenedData) {
  return renderEmail({
    t,
    template: "account-opened",
    subject: t("emails.accountOpened.subject", { accountName: data.accountName }),
    paragraphs: [t("emails.common.greeting", { name: data.name }), t("emails.accountOpened.body", { accountName: data.accountName })],
    action: { label: t("emails.accountOpened.action"), url: data.url },
    footer: t("emails.accountOpened.footer"),
  });
}

export const accountOpenedPreview: AccountOpenedData = { name: "Marta Perez", accountName: "Empresa, S.A.", url: "http://localhost:3000/accounts/0190b3c4-0000-7000-8000-000000000000" };
