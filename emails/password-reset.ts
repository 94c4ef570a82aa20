import { renderEmail, secretLink, type EmailTranslator } from "./render";

export type PasswordResetData = { name: string; url: string };

export function passwordResetTemplate(t: EmailTranslator, data: PasswordResetData) {
  return renderEmail({
    t,
    template: "password-reset",
    subject: t("emails.passwordReset.subject"),
    paragraphs: [t("emails.common.greeting", { name: data.name }), t("emails.passwordReset.body"), t("emails.passwordReset.expiry"), t("emails.passwordReset.ifNotYou")],
    action: secretLink(t, { label: t("emails.passwordReset.action"), url: data.url }),
    footer: t("emails.common.securityFooter"),
  });
}

export const passwordResetPreview: PasswordResetData = { name: "Marta Perez", url: "http://localhost:3000/reset-password/example-token" };
