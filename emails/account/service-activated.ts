import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type ServiceActivatedData = { product: string; domain: string; url: string };

/** Services: a service is active (the welcome email of a hosting plan). */
export const serviceActivatedEmail = (data: ServiceActivatedData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: "service-activated",
    category: "SERVICES",
    subject: context.t("emails.serviceActivated.subject", { product: data.product, domain: data.domain }),
    paragraphs: [context.t("emails.serviceActivated.body", { product: data.product, domain: data.domain })],
    action: { label: context.t("emails.serviceActivated.action"), url: data.url },
  });

export const serviceActivatedPreview: ServiceActivatedData = { product: "Web Hosting Pro", domain: "empresa.example", url: "http://localhost:3000/accounts/example/services/example" };
