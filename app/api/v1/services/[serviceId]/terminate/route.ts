import { apiOperation } from "@/lib/api/api-route";
import { terminateService } from "@/lib/api/operations/services";
import { terminateService as terminate } from "@/lib/services/provider-service-lifecycle";

export const POST = apiOperation(terminateService, ({ params }) => terminate(params.serviceId));
