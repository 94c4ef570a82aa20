import { apiOperation } from "@/lib/api/api-route";
import { acceptServiceRequest } from "@/lib/api/operations/services";
import { settleServiceRequest } from "@/lib/services/provider-service-requests";

export const POST = apiOperation(acceptServiceRequest, ({ params, body }) => settleServiceRequest(params.requestId, "accepted", body.message ?? null));
