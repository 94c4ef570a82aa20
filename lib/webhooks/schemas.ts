import { z } from "zod";
import { ZIdCursor, ZLimit } from "@/lib/api/operations/common";
import { ZWebhookUrl } from "./endpoint-url";
import { WEBHOOK_EVENT_TYPES } from "./events";

/** What the provider sends to register or change an endpoint (lib/api/operations/webhooks.ts). */

const ZEventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: `Unknown event type; the types are ${WEBHOOK_EVENT_TYPES.join(", ")}.` }))
  .min(1, { error: "Name at least one event type." })
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((types) => [...new Set(types)]);

export const ZCreateWebhookEndpoint = z.strictObject({ url: ZWebhookUrl, events: ZEventTypes });
export type TCreateWebhookEndpoint = z.output<typeof ZCreateWebhookEndpoint>;

export const ZUpdateWebhookEndpoint = z
  .strictObject({
    url: ZWebhookUrl.optional(),
    events: ZEventTypes.optional(),
    enabled: z.boolean({ error: "enabled is true or false." }).optional().meta({ description: "false turns the endpoint off; true turns it on and clears its failing state." }),
  })
  .refine((body) => Object.keys(body).length > 0, { error: "Send at least one of url, events, enabled." });
export type TUpdateWebhookEndpoint = z.output<typeof ZUpdateWebhookEndpoint>;

export const ZListWebhookEndpointsQuery = z.strictObject({ cursor: ZIdCursor.optional(), limit: ZLimit });

export const ZListWebhookDeliveriesQuery = z.strictObject({
  status: z.enum(["PENDING", "DELIVERED", "FAILED"], { error: "status is PENDING, DELIVERED or FAILED." }).optional(),
  cursor: ZIdCursor.optional(),
  limit: ZLimit,
});
