import { apiOperation } from "@/lib/api/api-route";
import { ApiNotFound } from "@/lib/api/problem";
import { listWebhookDeliveries } from "@/lib/api/operations/webhooks";
import { listWebhookDeliveries as readDeliveries } from "@/lib/webhooks/endpoints";

export const GET = apiOperation(listWebhookDeliveries, async ({ params, query }) => {
  const page = await readDeliveries(params.webhookId, query);
  if (!page) throw new ApiNotFound();
  return page;
});
