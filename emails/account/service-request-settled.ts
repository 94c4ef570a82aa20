import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type ServiceRequestSettledData = {
  kind: "UPGRADE" | "CANCELLATION";
  outcome: "accepted" | "refused";
  /** The service as the activity log names it: product, and domain when it has one. */
  service: string;
  targetProduct: string | null;
  message: string | null;
  url: string;
};

/** Services: the provider accepted or refused a member's upgrade or cancellation request. */
export const serviceRequestSettledEmail = (data: ServiceRequestSettledData) => (context: AccountMessageContext) => {
  const key = `emails.serviceRequestSettled.${data.kind === "UPGRADE" ? "upgrade" : "cancellation"}${data.outcome === "accepted" ? "Accepted" : "Refused"}`;
  const values = { service: data.service, product: data.targetProduct ?? "" };
  // The key is built from the request's kind and outcome; all four exist in every catalog (the parity test).
  const t = context.t as unknown as (key: string, values?: Record<string, string>) => string;
  return renderAccountEmail(context, {
    template: "service-request-settled",
    category: "SERVICES",
    subject: t(`${key}Subject`, values),
    paragraphs: [t(key, values), ...(data.message ? [context.t("emails.serviceRequestSettled.message", { message: data.message })] : [])],
    action: { label: context.t("emails.serviceRequestSettled.action"), url: data.url },
  });
};

export const serviceRequestSettledPreview: ServiceRequestSettledData = {
  kind: "UPGRADE",
  outcome: "refused",
  service: "Web Hosting Pro (empresa.example)",
  targetProduct: "Web Hosting Business",
  message: "The Business plan is not available on this server yet; we will offer it in March.",
  url: "http://localhost:3000/accounts/example/services/example",
};
