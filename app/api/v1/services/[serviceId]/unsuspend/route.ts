import { apiOperation } from "@/lib/api/api-route";
import { unsuspendService } from "@/lib/api/operations/services";
import { unsuspendService as unsuspend } from "@/lib/services/provider-service-lifecycle";

export const POST = apiOperation(unsuspendService, ({ params }) => unsuspend(params.serviceId));
