import { apiOperation } from "@/lib/api/api-route";
import { createWebhook, listWebhooks } from "@/lib/api/operations/webhooks";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/webhooks/endpoints";

export const POST = apiOperation(createWebhook, async ({ body }) => createWebhookEndpoint(body));
export const GET = apiOperation(listWebhooks, async ({ query }) => listWebhookEndpoints(query));
