import { renderEmail, type EmailTranslator } from "./render";

export type WebhookEndpointDisabledData = {
  endpointId: string;
  url: string;
  /** The first failure of the run, formatted for the reader. */
  failingSince: string;
  lastError: string;
};

/** To the provider's address: an endpoint failed for three days and was turned off (lib/webhooks/endpoint-health.ts). */
export function webhookEndpointDisabledTemplate(t: EmailTranslator, data: WebhookEndpointDisabledData) {
  return renderEmail({
    t,
    template: "webhook-endpoint-disabled",
    subject: t("emails.webhookDisabled.subject", { url: data.url }),
    paragraphs: [
      t("emails.webhookDisabled.greeting"),
      t("emails.webhookDisabled.body", { url: data.url, failingSince: data.failingSince }),
      t("emails.webhookDisabled.lastError", { error: data.lastError }),
      t("emails.webhookDisabled.whatNow", { id: data.endpointId }),
    ],
    footer: t("emails.webhookDisabled.footer"),
  });
}

export const webhookEndpointDisabledPreview: WebhookEndpointDisabledData = {
  endpointId: "0193a1b2-0000-7000-8000-000000000000",
  url: "https://billing.hosting.example/webhooks/client-area",
  failingSince: "29 Nov 2026, 08:00 UTC",
  lastError: "HTTP 503",
};
