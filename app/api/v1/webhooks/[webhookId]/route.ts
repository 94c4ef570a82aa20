import { apiOperation } from "@/lib/api/api-route";
import { ApiNotFound } from "@/lib/api/problem";
import { deleteWebhook, getWebhook, updateWebhook } from "@/lib/api/operations/webhooks";
import { deleteWebhookEndpoint, getWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/endpoints";

export const GET = apiOperation(getWebhook, async ({ params }) => (await getWebhookEndpoint(params.webhookId)) ?? notFound());
export const PATCH = apiOperation(updateWebhook, async ({ params, body }) => (await updateWebhookEndpoint(params.webhookId, body)) ?? notFound());
export const DELETE = apiOperation(deleteWebhook, async ({ params }) => {
  if (!(await deleteWebhookEndpoint(params.webhookId))) notFound();
  return { id: params.webhookId, deleted: true as const };
});

function notFound(): never {
  throw new ApiNotFound();
}
