import { apiOperation } from "@/lib/api/api-route";
import { listServices } from "@/lib/api/operations/services";
import { listServicesAsProvider } from "@/lib/services/provider-services";

export const GET = apiOperation(listServices, ({ query }) => listServicesAsProvider(query));
