import "server-only";
import { Webhook } from "standardwebhooks";

export type SendResult = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** Receivers answer within this long, or the attempt counts as failed (and is retried). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * POSTs one delivery, signed per the Standard Webhooks specification: `webhook-id` (the
 * event's id, the same on every retry), `webhook-timestamp` (seconds, the moment of this
 * attempt: receivers refuse signatures older than a few minutes) and `webhook-signature`
 * (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`). Only a 2xx counts as delivered;
 * redirects are not followed (a receiver that moved is a failure the provider sees in the log).
 */
export async function sendSignedWebhook(input: { url: string; secret: string; eventId: string; body: string; timeoutMs?: number }): Promise<SendResult> {
  const signedAt = new Date();
  const signature = new Webhook(input.secret).sign(input.eventId, signedAt, input.body);
  const timeoutMs = input.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  try {
    const response = await fetch(input.url, {
      method: "POST",
      body: input.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "client-area-webhooks/1",
        "webhook-id": input.eventId,
        "webhook-timestamp": String(Math.floor(signedAt.getTime() / 1000)),
        "webhook-signature": signature,
      },
    });
    // The answer's body is not kept; dropping it frees the connection.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, status: null, error: describeFailure(error, timeoutMs) };
  }
}

/** A short reason for the delivery log: the timeout, or the network's own code ("ECONNREFUSED 127.0.0.1:9"). */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) return `No answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return message.slice(0, 300);
}
