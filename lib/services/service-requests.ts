import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actionableService, serviceSubject, type ServiceActor } from "./actionable-service";
import { isUpgradeTarget } from "./products";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

async function refuseSecondOpen(tx: Prisma.TransactionClient, serviceId: string, kind: "UPGRADE" | "CANCELLATION") {
  const open = await tx.serviceRequest.count({ where: { serviceId, kind, status: "OPEN" } });
  if (open > 0) throw new UserError(kind === "UPGRADE" ? "upgradeAlreadyRequested" : "cancellationAlreadyRequested");
}

/** Asks the provider to move the service to a higher plan of the same kind, from the catalog. */
export async function requestUpgrade(actor: ServiceActor, serviceId: string, targetProduct: string): Promise<{ requestId: string }> {
  return db.$transaction(async (tx) => {
    const service = await actionableService(tx, actor, serviceId);
    if (!isUpgradeTarget(service, targetProduct)) throw new UserError("upgradeTargetInvalid");
    await refuseSecondOpen(tx, service.id, "UPGRADE");
    const request = await tx.serviceRequest.create({
      data: { accountId: actor.accountId, serviceId: service.id, kind: "UPGRADE", requestedById: actor.userId, targetProduct },
      select: { id: true },
    });
    await recordActivity(tx, { accountId: actor.accountId, actorId: actor.userId, kind: "service.upgrade_requested", subjectId: service.id, client: actor.client, details: { ...serviceSubject(service), targetProduct } });
    await emitWebhookEvent(tx, { type: "service.upgrade_requested", data: { accountId: actor.accountId, serviceId: service.id, requestId: request.id, targetProduct } });
    return { requestId: request.id };
  });
}

/** Asks the provider to cancel the service; the reason goes to the provider with the request. */
export async function requestCancellation(actor: ServiceActor, serviceId: string, reason: string): Promise<{ requestId: string }> {
  return db.$transaction(async (tx) => {
    const service = await actionableService(tx, actor, serviceId);
    await refuseSecondOpen(tx, service.id, "CANCELLATION");
    const request = await tx.serviceRequest.create({
      data: { accountId: actor.accountId, serviceId: service.id, kind: "CANCELLATION", requestedById: actor.userId, reason },
      select: { id: true },
    });
    await recordActivity(tx, { accountId: actor.accountId, actorId: actor.userId, kind: "service.cancellation_requested", subjectId: service.id, client: actor.client, details: serviceSubject(service) });
    await emitWebhookEvent(tx, { type: "service.cancellation_requested", data: { accountId: actor.accountId, serviceId: service.id, requestId: request.id, reason } });
    return { requestId: request.id };
  });
}
