import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { ZCreateWebhookEndpoint, ZListWebhookDeliveriesQuery, ZListWebhookEndpointsQuery, ZUpdateWebhookEndpoint } from "@/lib/webhooks/schemas";
import { defineOperation } from "../operation";
import { ZId, ZPage, ZTimestamp } from "./common";

/** The provider's webhook endpoints and their delivery logs: /api/v1/webhooks. */

export const ZApiWebhookEndpoint = z
  .object({
    id: ZId,
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    enabled: z.boolean(),
    disabledAt: ZTimestamp.nullable(),
    disabledReason: z.enum(["manual", "failing"]).nullable().meta({ description: "manual: turned off through the API; failing: every delivery failed for three days." }),
    failingSince: ZTimestamp.nullable().meta({ description: "The first failed attempt since the last delivered one; null while healthy." }),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: "WebhookEndpoint" });

const ZApiNewWebhookEndpoint = ZApiWebhookEndpoint.extend({
  secret: z.string().meta({ description: "The signing secret (`whsec_…`), for `new Webhook(secret)` of a Standard Webhooks library. Shown only in this answer." }),
}).meta({ id: "NewWebhookEndpoint" });

export const ZApiWebhookDelivery = z
  .object({
    id: ZId,
    eventId: z.string().meta({ description: "The event's id, sent as `webhook-id`: the same at every endpoint and on every retry." }),
    type: z.enum(WEBHOOK_EVENT_TYPES),
    status: z.enum(["PENDING", "DELIVERED", "FAILED"]),
    attempts: z.number().int(),
    lastResponseCode: z.number().int().nullable().meta({ description: "The receiver's HTTP status of the last attempt; null when it did not answer." }),
    lastError: z.string().nullable(),
    nextAttemptAt: ZTimestamp.nullable().meta({ description: "When the next attempt is due, while PENDING." }),
    deliveredAt: ZTimestamp.nullable(),
    createdAt: ZTimestamp,
  })
  .meta({ id: "WebhookDelivery" });

const ZWebhookPath = z.strictObject({ webhookId: ZId });

export const createWebhook = defineOperation({
  operationId: "createWebhook",
  method: "POST",
  path: "/webhooks",
  tag: "Webhooks",
  summary: "Register a webhook endpoint",
  description: "The answer carries the endpoint's signing secret, once. Deliveries are signed per Standard Webhooks; the events and their payloads are in this document's `webhooks` section.",
  scope: "webhooks:write",
  body: ZCreateWebhookEndpoint,
  idempotent: true,
  response: { status: 201, schema: ZApiNewWebhookEndpoint },
});

export const listWebhooks = defineOperation({
  operationId: "listWebhooks",
  method: "GET",
  path: "/webhooks",
  tag: "Webhooks",
  summary: "List webhook endpoints",
  scope: "webhooks:read",
  query: ZListWebhookEndpointsQuery,
  response: { status: 200, schema: ZPage(ZApiWebhookEndpoint) },
});

export const getWebhook = defineOperation({
  operationId: "getWebhook",
  method: "GET",
  path: "/webhooks/{webhookId}",
  tag: "Webhooks",
  summary: "Get a webhook endpoint",
  scope: "webhooks:read",
  params: ZWebhookPath,
  response: { status: 200, schema: ZApiWebhookEndpoint },
});

export const updateWebhook = defineOperation({
  operationId: "updateWebhook",
  method: "PATCH",
  path: "/webhooks/{webhookId}",
  tag: "Webhooks",
  summary: "Change a webhook endpoint's URL or events, or turn it off or on",
  description: "Turning an endpoint on clears its failing state and sends its waiting deliveries now.",
  scope: "webhooks:write",
  params: ZWebhookPath,
  body: ZUpdateWebhookEndpoint,
  response: { status: 200, schema: ZApiWebhookEndpoint },
});

export const deleteWebhook = defineOperation({
  operationId: "deleteWebhook",
  method: "DELETE",
  path: "/webhooks/{webhookId}",
  tag: "Webhooks",
  summary: "Delete a webhook endpoint and its delivery log",
  scope: "webhooks:write",
  params: ZWebhookPath,
  response: { status: 200, schema: z.object({ id: ZId, deleted: z.literal(true) }) },
});

export const listWebhookDeliveries = defineOperation({
  operationId: "listWebhookDeliveries",
  method: "GET",
  path: "/webhooks/{webhookId}/deliveries",
  tag: "Webhooks",
  summary: "An endpoint's delivery log",
  description: "Newest first; filtered by status.",
  scope: "webhooks:read",
  params: ZWebhookPath,
  query: ZListWebhookDeliveriesQuery,
  response: { status: 200, schema: ZPage(ZApiWebhookDelivery) },
});
