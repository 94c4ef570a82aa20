import { renderEmail, secretLink, type EmailTranslator } from "./render";

export type OwnerInvitationData = { name: string; accountName: string; url: string };

/**
 * To a new address the provider made the owner of a new client account: the link is a
 * verification link (it proves the mailbox and sets the password), so only the mailbox's
 * holder gets in (lib/accounts/provider-create-account.ts).
 */
export function ownerInvitationTemplate(t: EmailTranslator, data: OwnerInvitationData) {
  return renderEmail({
    t,
    template: "owner-invitation",
    subject: t("emails.ownerInvitation.subject", { accountName: data.accountName }),
    paragraphs: [t("emails.common.greeting", { name: data.name }), t("emails.ownerInvitation.body", { accountName: data.accountName }), t("emails.ownerInvitation.expiry")],
    action: secretLink(t, { label: t("emails.ownerInvitation.action"), url: data.url }),
    footer: t("emails.ownerInvitation.footer"),
  });
}

export const ownerInvitationPreview: OwnerInvitationData = { name: "Marta Perez", accountName: "Empresa, S.A.", url: "http://localhost:3000/verify-email/example-token" };
