import { renderEmail, type EmailTranslator } from "./render";

export const SECURITY_ALERTS = ["newSignIn", "passwordChanged", "twoFactorEnabled", "twoFactorDisabled", "recoveryCodeUsed"] as const;
export type SecurityAlert = (typeof SECURITY_ALERTS)[number];

export type SecurityAlertData = {
  name: string;
  alert: SecurityAlert;
  /** Where and when it happened, as the person will recognise it. */
  device: string;
  ip: string | null;
  /** The moment, formatted for the recipient's language and time zone. */
  time: string;
  /** Recovery codes left, for recoveryCodeUsed. */
  remaining?: number;
  securityUrl: string;
};

/**
 * Every security alert has the same shape: what happened, from where, and what to do if it
 * was not you. One template keeps them alike; the wording per alert is in the message files.
 */
export function securityAlertTemplate(t: EmailTranslator, data: SecurityAlertData) {
  return renderEmail({
    t,
    template: `security-alert-${data.alert}`,
    subject: t(`emails.securityAlert.${data.alert}.subject`),
    paragraphs: [
      t("emails.common.greeting", { name: data.name }),
      t(`emails.securityAlert.${data.alert}.body`, { remaining: data.remaining ?? 0 }),
      t("emails.securityAlert.details", { device: data.device || t("emails.securityAlert.unknownDevice"), ip: data.ip ?? t("emails.securityAlert.unknownIp"), time: data.time }),
      t("emails.securityAlert.ifNotYou"),
    ],
    action: { label: t("emails.securityAlert.action"), url: data.securityUrl },
    footer: t("emails.common.securityFooter"),
  });
}

export const securityAlertPreview: SecurityAlertData = {
  name: "Marta Perez",
  alert: "newSignIn",
  device: "Firefox 145 · Windows",
  ip: "203.0.113.7",
  time: "23 Nov 2026, 09:30 UTC",
  securityUrl: "http://localhost:3000/user/security",
};
