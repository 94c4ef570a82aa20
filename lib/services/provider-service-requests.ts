import "server-only";
import { planFields } from "@/lib/catalog/plan-fields";
import { z } from "zod";
import { db } from "@/lib/db";
import { idPage, ZIdCursor, ZLimit } from "@/lib/api/operations/common";
import { ApiConflict, ApiNotFound } from "@/lib/api/problem";
import { recordActivity, type ActivityKind } from "@/lib/audit/record-activity";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import type { Prisma, ServiceRequest } from "@/lib/generated/prisma/client";
import { notifyAccount } from "@/lib/notifications/notify-account";
import { serviceRequestSettledEmail } from "@/emails/account/service-request-settled";
import { serviceSubject } from "./actionable-service";
import { TERMINATED, lockService } from "./provider-services";
import { terminateLocked } from "./provider-service-lifecycle";

/**
 * The members' upgrade and cancellation requests as the provider handles them: a queue to
 * read, and each request settled once (accepted or refused, with a message the members see
 * on the service's page and the requester gets by email when they take services emails).
 */

export const ZListServiceRequestsQuery = z.strictObject({
  status: z.enum(["OPEN", "DONE", "REJECTED", "WITHDRAWN"], { error: "status is OPEN, DONE, REJECTED or WITHDRAWN." }).default("OPEN").meta({ description: "OPEN (the queue) unless given." }),
  kind: z.enum(["UPGRADE", "CANCELLATION"], { error: "kind is UPGRADE or CANCELLATION." }).optional(),
  accountId: z.uuid({ error: "Not an id of this API." }).optional(),
  cursor: ZIdCursor.optional(),
  limit: ZLimit,
});

export function serviceRequestBody(row: ServiceRequest) {
  return {
    id: row.id,
    accountId: row.accountId,
    serviceId: row.serviceId,
    kind: row.kind,
    status: row.status,
    targetProduct: row.targetProduct,
    reason: row.reason,
    requestedById: row.requestedById,
    responseMessage: row.responseMessage,
    settledAt: row.settledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listServiceRequests(query: z.output<typeof ZListServiceRequestsQuery>) {
  const rows = await db.serviceRequest.findMany({
    where: { status: query.status, kind: query.kind, accountId: query.accountId, ...(query.cursor ? { id: { lt: query.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  return idPage(rows, query.limit, serviceRequestBody);
}

async function lockOpenRequest(tx: Prisma.TransactionClient, requestId: string) {
  await tx.$queryRaw`SELECT id FROM "ServiceRequest" WHERE id = ${requestId}::uuid FOR UPDATE`;
  const request = await tx.serviceRequest.findUnique({ where: { id: requestId } });
  if (!request) throw new ApiNotFound();
  if (request.status !== "OPEN") throw new ApiConflict(`The request is ${request.status.toLowerCase()}, not open: it was settled already.`);
  return request;
}

/**
 * Moves the service to the upgrade's plan, read from the catalog in the database: its limits,
 * and its price for the service's cycle and currency where the catalog has one. Members order
 * upgrades through an invoice now (lib/services/upgrades); this settles UPGRADE requests made
 * before, which stay in the provider's queue until handled.
 */
async function applyUpgrade(tx: Prisma.TransactionClient, service: Prisma.ServiceGetPayload<object>, targetProduct: string | null) {
  const product = targetProduct
    ? await tx.product.findFirst({ where: { name: targetProduct, kind: service.kind }, include: { prices: { where: { cycle: service.billingCycle, currency: service.currency } } } })
    : null;
  if (!product) throw new ApiConflict(`The requested product "${targetProduct}" is not in the catalog for this kind of service any more.`);
  const price = product.prices[0];
  await tx.service.update({
    where: { id: service.id },
    data: {
      ...planFields(product),
      // No catalog price in the service's cycle and currency: the provider sets it with PATCH /services/{id}.
      ...(price ? { priceMinor: price.priceMinor } : {}),
    },
  });
}

const KINDS: Record<ServiceRequest["kind"], Record<"accepted" | "refused", ActivityKind>> = {
  UPGRADE: { accepted: "service.upgrade_accepted", refused: "service.upgrade_refused" },
  CANCELLATION: { accepted: "service.cancellation_accepted", refused: "service.cancellation_refused" },
};

/** Accepts (doing what was asked) or refuses a request, with the provider's message. */
export async function settleServiceRequest(requestId: string, outcome: "accepted" | "refused", message: string | null) {
  const settled = await db.$transaction(async (tx) => {
    const request = await lockOpenRequest(tx, requestId);
    const service = await lockService(tx, request.serviceId);
    if (outcome === "accepted") {
      if (service.status === "CANCELLED") throw new ApiConflict(TERMINATED);
      if (request.kind === "UPGRADE") await applyUpgrade(tx, service, request.targetProduct);
      else await terminateLocked(tx, service);
    }
    const updated = await tx.serviceRequest.update({
      where: { id: request.id },
      data: { status: outcome === "accepted" ? "DONE" : "REJECTED", responseMessage: message, settledAt: new Date() },
    });
    const subject = serviceSubject(service);
    await recordActivity(tx, {
      accountId: request.accountId,
      actorId: null,
      kind: KINDS[request.kind][outcome],
      subjectId: service.id,
      client: null,
      details: { ...subject, targetProduct: request.targetProduct, message },
    });
    if (request.requestedById) {
      const name = service.domain ? `${service.productName} (${service.domain})` : service.productName;
      await notifyAccount(
        request.accountId,
        "SERVICES",
        serviceRequestSettledEmail({ kind: request.kind, outcome, service: name, targetProduct: request.targetProduct, message, url: appUrl(`/accounts/${request.accountId}/services/${service.id}`) }),
        { tx, onlyUserIds: [request.requestedById] },
      );
    }
    return updated;
  });
  deliverSoon();
  return serviceRequestBody(settled);
}
