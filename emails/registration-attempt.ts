import { renderEmail, type EmailTranslator } from "./render";

export type RegistrationAttemptData = { name: string; signInUrl: string };

/** Sent to an address's owner when someone signs up with it again: the page says nothing, the owner is told. */
export function registrationAttemptTemplate(t: EmailTranslator, data: RegistrationAttemptData) {
  return renderEmail({
    t,
    template: "registration-attempt",
    subject: t("emails.registrationAttempt.subject"),
    paragraphs: [
      t("emails.common.greeting", { name: data.name }),
      t("emails.registrationAttempt.body"),
      t("emails.registrationAttempt.ifYou"),
      t("emails.registrationAttempt.ifNotYou"),
    ],
    action: { label: t("emails.registrationAttempt.action"), url: data.signInUrl },
    footer: t("emails.common.securityFooter"),
  });
}

export const registrationAttemptPreview: RegistrationAttemptData = {
  name: "Marta Perez",
  signInUrl: "http://localhost:3000/sign-in",
};
