import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, webhookEnvelopeSchema } from "@/lib/webhooks/events";

type JsonSchema = Record<string, unknown>;

const SIGNATURE_HEADERS = [
  { name: "webhook-id", description: "The event's id (`msg_…`): the same on every retry; drop repeats by it." },
  { name: "webhook-timestamp", description: "Seconds since the epoch when this attempt was signed; refuse old ones (the libraries allow 5 minutes)." },
  { name: "webhook-signature", description: "`v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<body>` with the endpoint's secret (Standard Webhooks)." },
].map(({ name, description }) => ({ name, in: "header", required: true, description, schema: { type: "string" } }));

/**
 * The webhook events' payloads in the OpenAPI document (its `webhooks` section): each type's
 * envelope with its `data` schema (lib/webhooks/events.ts), as POSTed to the provider's
 * endpoints, with the signature headers and the answer that counts as delivered.
 */
export function WEBHOOK_EVENTS_DOCUMENT(components: Record<string, JsonSchema>): { webhooks?: Record<string, unknown> } {
  const webhooks: Record<string, unknown> = {};
  for (const type of WEBHOOK_EVENT_TYPES) {
    const id = `WebhookEvent_${type.replace(/[^a-zA-Z0-9]+(.)/g, (_, next: string) => next.toUpperCase()).replace(/^./, (first) => first.toUpperCase())}`;
    const { $schema: _dialect, ...schema } = z.toJSONSchema(webhookEnvelopeSchema(type), { target: "draft-2020-12", io: "output" }) as JsonSchema;
    void _dialect;
    components[id] = schema;
    webhooks[type] = {
      post: {
        operationId: `webhook_${type}`,
        summary: `The ${type} event`,
        description: "Signed per Standard Webhooks. Answer 2xx within 10 seconds; anything else is retried (1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h, 24 h, 24 h).",
        parameters: SIGNATURE_HEADERS,
        requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${id}` } } } },
        responses: { "2XX": { description: "Delivered." } },
      },
    };
  }
  return { webhooks };
}
