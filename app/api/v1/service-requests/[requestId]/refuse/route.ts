import { apiOperation } from "@/lib/api/api-route";
import { refuseServiceRequest } from "@/lib/api/operations/services";
import { settleServiceRequest } from "@/lib/services/provider-service-requests";

export const POST = apiOperation(refuseServiceRequest, ({ params, body }) => settleServiceRequest(params.requestId, "refused", body.message));
