import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type DomainRenewalData = { domain: string; expiresOn: string; autoRenew: boolean; url: string };

/** Domains: a domain expires soon. */
export const domainRenewalEmail = (data: DomainRenewalData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: "domain-renewal",
    category: "DOMAINS",
    subject: context.t("emails.domainRenewal.subject", { domain: data.domain }),
    paragraphs: [
      context.t("emails.domainRenewal.body", { domain: data.domain, expiresOn: data.expiresOn }),
      context.t(data.autoRenew ? "emails.domainRenewal.autoRenewOn" : "emails.domainRenewal.autoRenewOff"),
    ],
    action: { label: context.t("emails.domainRenewal.action"), url: data.url },
  });

export const domainRenewalPreview: DomainRenewalData = { domain: "empresa.example", expiresOn: "2027-01-15", autoRenew: true, url: "http://localhost:3000/accounts/example/domains" };
