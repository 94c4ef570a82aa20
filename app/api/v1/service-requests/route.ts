import { apiOperation } from "@/lib/api/api-route";
import { listServiceRequests } from "@/lib/api/operations/services";
import { listServiceRequests as list } from "@/lib/services/provider-service-requests";

export const GET = apiOperation(listServiceRequests, ({ query }) => list(query));
