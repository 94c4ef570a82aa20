import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { translatorFor } from "@/lib/i18n/messages";
import { formatMoment } from "@/lib/i18n/time-zones";
import { logger } from "@/lib/observability/logger";
import { webhookEndpointDisabledTemplate } from "@/emails/webhook-endpoint-disabled";

/** An endpoint whose every delivery has failed for this long is turned off. */
export const DISABLE_AFTER_FAILING_MS = 3 * 24 * 60 * 60_000;

/**
 * Where the app writes to the hosting provider about its integrations: PROVIDER_ALERT_EMAIL,
 * else the provider's billing address (PROVIDER_BILLING_EMAIL). Neither: no email, a log line.
 */
export function providerAlertEmail(env: Record<string, string | undefined> = process.env): string | null {
  return env.PROVIDER_ALERT_EMAIL?.trim() || env.PROVIDER_BILLING_EMAIL?.trim() || null;
}

/** A delivery reached the receiver (2xx): the endpoint is healthy again. */
export async function noteEndpointSuccess(tx: Prisma.TransactionClient, endpointId: string): Promise<void> {
  await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: { not: null } }, data: { failingSince: null } });
}

/**
 * A delivery failed: the endpoint's failing run starts now unless it already runs. A run
 * older than three days turns the endpoint off and writes the email to the provider, in the
 * same transaction; the conditional update makes that happen once when two senders fail at once.
 */
export async function noteEndpointFailure(tx: Prisma.TransactionClient, endpointId: string, now: Date, lastError: string): Promise<"failing" | "disabled"> {
  await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: now } });
  const turnedOff = await tx.webhookEndpoint.updateManyAndReturn({
    where: { id: endpointId, enabled: true, failingSince: { lte: new Date(now.getTime() - DISABLE_AFTER_FAILING_MS) } },
    data: { enabled: false, disabledAt: now, disabledReason: "failing" },
    select: { id: true, url: true, failingSince: true },
  });
  const endpoint = turnedOff[0];
  if (!endpoint) return "failing";
  logger.warn({ endpointId, url: endpoint.url, failingSince: endpoint.failingSince }, "webhook endpoint turned off after failing for three days");
  const to = providerAlertEmail();
  if (!to) {
    logger.warn({ endpointId }, "no PROVIDER_ALERT_EMAIL or PROVIDER_BILLING_EMAIL: nobody was emailed about the endpoint turned off");
    return "disabled";
  }
  const t = translatorFor("en");
  const failingSince = formatMoment(endpoint.failingSince ?? now, { locale: "en", timeZone: "UTC" });
  await enqueueEmail(tx, { to, email: webhookEndpointDisabledTemplate(t, { endpointId, url: endpoint.url, failingSince, lastError }) });
  return "disabled";
}
