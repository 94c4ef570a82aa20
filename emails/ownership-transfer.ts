import { renderEmail, type EmailTranslator } from "./render";

export type OwnershipTransferData = { name: string; ownerName: string; accountName: string; url: string };

export function ownershipTransferTemplate(t: EmailTranslator, data: OwnershipTransferData) {
  return renderEmail({
    t,
    template: "ownership-transfer",
    subject: t("emails.ownershipTransfer.subject", { accountName: data.accountName }),
    paragraphs: [
      t("emails.common.greeting", { name: data.name }),
      t("emails.ownershipTransfer.body", { ownerName: data.ownerName, accountName: data.accountName }),
      t("emails.ownershipTransfer.expiry"),
    ],
    action: { label: t("emails.ownershipTransfer.action"), url: data.url },
    footer: t("emails.common.securityFooter"),
  });
}

export const ownershipTransferPreview: OwnershipTransferData = { name: "Tom Becker", ownerName: "Marta Perez", accountName: "Empresa, S.A.", url: "http://localhost:3000/accounts/example/settings" };
