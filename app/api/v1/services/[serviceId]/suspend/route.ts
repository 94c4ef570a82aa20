import { apiOperation } from "@/lib/api/api-route";
import { suspendService } from "@/lib/api/operations/services";
import { suspendService as suspend } from "@/lib/services/provider-service-lifecycle";

export const POST = apiOperation(suspendService, ({ params, body }) => suspend(params.serviceId, body.reason));
