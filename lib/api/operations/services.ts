import { z } from "zod";
import { ZListServiceRequestsQuery } from "@/lib/services/provider-service-requests";
import { apiMessage, BILLING_CYCLES, SERVICE_KINDS, SERVICE_STATUSES, ZCreateService, ZListServicesQuery, ZSuspendService, ZUpdateService } from "@/lib/services/provider-service-schemas";
import { defineOperation } from "../operation";
import { ZId, ZPage, ZTimestamp } from "./common";

/** Services and the members' upgrade and cancellation requests: what /api/v1 takes and answers. */

const limit = z.number().int().nullable();

export const ZApiService = z
  .object({
    id: ZId,
    accountId: ZId,
    kind: z.enum(SERVICE_KINDS),
    productName: z.string(),
    domain: z.string().nullable(),
    server: z.string(),
    ipAddress: z.string().nullable(),
    status: z.enum(SERVICE_STATUSES),
    billingCycle: z.enum(BILLING_CYCLES),
    priceMinor: z.number().int().meta({ description: "The recurring price in minor units of `currency` (cents)." }),
    currency: z.string().meta({ description: "ISO 4217" }),
    nextDueAt: ZTimestamp.nullable(),
    diskLimitMb: limit,
    bandwidthLimitMb: limit,
    mailboxesLimit: limit,
    cpuCores: limit,
    memoryMb: limit,
    usage: z.object({ diskUsedMb: limit, bandwidthUsedMb: limit, mailboxesUsed: limit }),
    panelDriver: z.string(),
    panelRef: z.string(),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: "Service" });

export const ZApiServiceRequest = z
  .object({
    id: ZId,
    accountId: ZId,
    serviceId: ZId,
    kind: z.enum(["UPGRADE", "CANCELLATION"]),
    status: z.enum(["OPEN", "DONE", "REJECTED", "WITHDRAWN"]),
    targetProduct: z.string().nullable().meta({ description: "Upgrades: the catalog product asked for." }),
    reason: z.string().nullable().meta({ description: "Cancellations: the member's reason." }),
    requestedById: ZId.nullable(),
    responseMessage: z.string().nullable().meta({ description: "The provider's message to the members, shown on the service's page." }),
    settledAt: ZTimestamp.nullable(),
    createdAt: ZTimestamp,
  })
  .meta({ id: "ServiceRequest" });

const ZServicePath = z.strictObject({ serviceId: ZId });
const ZRequestPath = z.strictObject({ requestId: ZId });

export const createService = defineOperation({
  operationId: "createService",
  method: "POST",
  path: "/accounts/{accountId}/services",
  tag: "Services",
  summary: "Create a service for an account",
  description: "Active at once. Without `panelRef` the service is provisioned through its panel driver in the same transaction. A closed account answers 409; a driver that is not installed 422.",
  scope: "services:write",
  params: z.strictObject({ accountId: ZId }),
  body: ZCreateService,
  idempotent: true,
  response: { status: 201, schema: ZApiService },
  problems: ["not-found", "conflict"],
});

export const listServices = defineOperation({
  operationId: "listServices",
  method: "GET",
  path: "/services",
  tag: "Services",
  summary: "List services",
  description: "Every account's services, newest first; filtered by account and status.",
  scope: "services:read",
  query: ZListServicesQuery,
  response: { status: 200, schema: ZPage(ZApiService) },
});

export const getService = defineOperation({
  operationId: "getService",
  method: "GET",
  path: "/services/{serviceId}",
  tag: "Services",
  summary: "Get a service",
  scope: "services:read",
  params: ZServicePath,
  response: { status: 200, schema: ZApiService },
  problems: ["not-found"],
});

export const updateService = defineOperation({
  operationId: "updateService",
  method: "PATCH",
  path: "/services/{serviceId}",
  tag: "Services",
  summary: "Change a service's product, price, cycle, due date, limits, domain, server or IP",
  description: "Only the fields given change; a terminated service answers 409.",
  scope: "services:write",
  params: ZServicePath,
  body: ZUpdateService,
  response: { status: 200, schema: ZApiService },
  problems: ["not-found", "conflict"],
});

export const suspendService = defineOperation({
  operationId: "suspendService",
  method: "POST",
  path: "/services/{serviceId}/suspend",
  tag: "Services",
  summary: "Suspend a service",
  description: "Through its panel driver; the members' panel actions are refused until it is unsuspended. A suspended or terminated service answers 409.",
  scope: "services:write",
  params: ZServicePath,
  body: ZSuspendService.default({}),
  response: { status: 200, schema: ZApiService },
  problems: ["not-found", "conflict"],
});

export const unsuspendService = defineOperation({
  operationId: "unsuspendService",
  method: "POST",
  path: "/services/{serviceId}/unsuspend",
  tag: "Services",
  summary: "Unsuspend a service",
  description: "Through its panel driver; only a suspended service (else 409).",
  scope: "services:write",
  params: ZServicePath,
  response: { status: 200, schema: ZApiService },
  problems: ["not-found", "conflict"],
});

export const terminateService = defineOperation({
  operationId: "terminateService",
  method: "POST",
  path: "/services/{serviceId}/terminate",
  tag: "Services",
  summary: "Terminate a service",
  description: "Ends it in its panel for good; a terminated service takes no further changes (409).",
  scope: "services:write",
  params: ZServicePath,
  response: { status: 200, schema: ZApiService },
  problems: ["not-found", "conflict"],
});

export const listServiceRequests = defineOperation({
  operationId: "listServiceRequests",
  method: "GET",
  path: "/service-requests",
  tag: "Services",
  summary: "List the members' cancellation requests (and upgrade requests made before upgrades were invoiced)",
  description: "Newest first; the open ones unless `status` says otherwise.",
  scope: "services:read",
  query: ZListServiceRequestsQuery,
  response: { status: 200, schema: ZPage(ZApiServiceRequest) },
});

export const acceptServiceRequest = defineOperation({
  operationId: "acceptServiceRequest",
  method: "POST",
  path: "/service-requests/{requestId}/accept",
  tag: "Services",
  summary: "Accept an upgrade or cancellation request",
  description: "An upgrade moves the service to the catalog plan of that name (its limits; its price for the service's cycle and currency when the catalog has one). Members no longer make upgrade requests (they order an upgrade and pay its invoice: webhook `service.upgraded`); requests made before stay here to settle. A cancellation terminates the service through its driver. The message shows on the service's page; the member who asked gets an email if they take services emails. A request that is not open answers 409.",
  scope: "services:write",
  params: ZRequestPath,
  body: z.strictObject({ message: apiMessage("message", 2000).optional() }).default({}),
  response: { status: 200, schema: ZApiServiceRequest },
  problems: ["not-found", "conflict"],
});

export const refuseServiceRequest = defineOperation({
  operationId: "refuseServiceRequest",
  method: "POST",
  path: "/service-requests/{requestId}/refuse",
  tag: "Services",
  summary: "Refuse an upgrade or cancellation request, with a message the members see",
  scope: "services:write",
  params: ZRequestPath,
  body: z.strictObject({ message: apiMessage("message", 2000) }),
  response: { status: 200, schema: ZApiServiceRequest },
  problems: ["not-found", "conflict"],
});
