import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type DomainRenewedData = { domain: string; years: number; expiresAt: string; url: string };

/** The new expiry as the reader writes dates, on the registry's calendar day (UTC). */
function expiryDate(expiresAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(expiresAt));
}

/** Domains: a paid renewal went through at the registrar and the domain's expiry moved. */
export const domainRenewedEmail = (data: DomainRenewedData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: "domain-renewed",
    category: "DOMAINS",
    subject: context.t("emails.domainRenewed.subject", { domain: data.domain }),
    paragraphs: [context.t("emails.domainRenewed.body", { domain: data.domain, years: data.years, expiresOn: expiryDate(data.expiresAt, context.locale) })],
    action: { label: context.t("emails.domainRenewed.action"), url: data.url },
  });

export const domainRenewedPreview: DomainRenewedData = { domain: "empresa.example", years: 2, expiresAt: "2029-01-15T00:00:00.000Z", url: "http://localhost:3000/accounts/example/domains" };
