import { apiOperation } from "@/lib/api/api-route";
import { getService, updateService } from "@/lib/api/operations/services";
import { getServiceAsProvider, updateServiceAsProvider } from "@/lib/services/provider-services";

export const GET = apiOperation(getService, ({ params }) => getServiceAsProvider(params.serviceId));
export const PATCH = apiOperation(updateService, ({ params, body }) => updateServiceAsProvider(params.serviceId, body));
