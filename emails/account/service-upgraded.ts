import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type ServiceUpgradedData = { service: string; product: string; url: string };

/** Services: a paid upgrade was applied; the service runs on its new plan. */
export const serviceUpgradedEmail = (data: ServiceUpgradedData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: "service-upgraded",
    category: "SERVICES",
    subject: context.t("emails.serviceUpgraded.subject", { product: data.product }),
    paragraphs: [context.t("emails.serviceUpgraded.body", { service: data.service, product: data.product })],
    action: { label: context.t("emails.serviceUpgraded.action"), url: data.url },
  });

export const serviceUpgradedPreview: ServiceUpgradedData = { service: "Web Hosting Pro (empresa.example)", product: "Web Hosting Business", url: "http://localhost:3000/accounts/example/services/example" };
