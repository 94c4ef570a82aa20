import { renderEmail, secretLink, type EmailTranslator } from "./render";

export type VerifyEmailData = { name: string; url: string };

export function verifyEmailTemplate(t: EmailTranslator, data: VerifyEmailData) {
  return renderEmail({
    t,
    template: "verify-email",
    subject: t("emails.verifyEmail.subject"),
    paragraphs: [t("emails.common.greeting", { name: data.name }), t("emails.verifyEmail.body"), t("emails.verifyEmail.expiry")],
    action: secretLink(t, { label: t("emails.verifyEmail.action"), url: data.url }),
    footer: t("emails.verifyEmail.footer"),
  });
}

export const verifyEmailPreview: VerifyEmailData = { name: "Marta Perez", url: "http://localhost:3000/verify-email/example-token" };
