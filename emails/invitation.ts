import { renderEmail, secretLink, type EmailTranslator } from "./render";

export type InvitationData = { inviterName: string; accountName: string; url: string };

export function invitationTemplate(t: EmailTranslator, data: InvitationData) {
  return renderEmail({
    t,
    template: "invitation",
    subject: t("emails.invitation.subject", { accountName: data.accountName }),
    paragraphs: [t("emails.invitation.body", { inviterName: data.inviterName, accountName: data.accountName }), t("emails.invitation.expiry")],
    action: secretLink(t, { label: t("emails.invitation.action"), url: data.url }),
    footer: t("emails.invitation.footer"),
  });
}

export const invitationPreview: InvitationData = { inviterName: "Marta Perez", accountName: "Empresa, S.A.", url: "http://localhost:3000/invite/example-token" };
