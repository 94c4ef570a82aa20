import { renderEmail, type EmailTranslator } from "./render";

export type WelcomeData = { name: string; url: string };

/** After the address is confirmed: what to do first. */
export function welcomeTemplate(t: EmailTranslator, data: WelcomeData) {
  return renderEmail({
    t,
    template: "welcome",
    subject: t("emails.welcome.subject"),
    paragraphs: [t("emails.common.greeting", { name: data.name }), t("emails.welcome.body"), t("emails.welcome.next")],
    action: { label: t("emails.welcome.action"), url: data.url },
    footer: t("emails.common.securityFooter"),
  });
}

export const welcomePreview: WelcomeData = { name: "Marta Perez", url: "http://localhost:3000/user/accounts" };
