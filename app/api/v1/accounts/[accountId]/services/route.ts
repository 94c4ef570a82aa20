import { apiOperation } from "@/lib/api/api-route";
import { createService } from "@/lib/api/operations/services";
import { createServiceAsProvider } from "@/lib/services/provider-services";

export const POST = apiOperation(createService, ({ params, body }) => createServiceAsProvider(params.accountId, body));
