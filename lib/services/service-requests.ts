import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actionableService, serviceSubject, type ServiceActor } from "./actionable-service";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

// Upgrades are no longer requests: a member orders one from the catalog and pays its invoice
// (lib/services/upgrades). UPGRADE rows made before stay readable and settleable by the provider.
async function refuseSecondOpen(tx: Prisma.TransactionClient, serviceId: string) {
  const open = await tx.serviceRequest.count({ where: { serviceId, kind: "CANCELLATION", status: "OPEN" } });
  if (open > 0) throw new UserError("cancellationAlreadyRequested");
}

/** Asks the provider to cancel the service; the reason goes to the provider with the request. */
export async function requestCancellation(actor: ServiceActor, serviceId: string, reason: string): Promise<{ requestId: string }> {
  return db.$transaction(async (tx) => {
    const service = await actionableService(tx, actor, serviceId);
    await refuseSecondOpen(tx, service.id);
    const request = await tx.serviceRequest.create({
      data: { accountId: actor.accountId, serviceId: service.id, kind: "CANCELLATION", requestedById: actor.userId, reason },
      select: { id: true },
    });
    await recordActivity(tx, { accountId: actor.accountId, actorId: actor.userId, kind: "service.cancellation_requested", subjectId: service.id, client: actor.client, details: serviceSubject(service) });
    await emitWebhookEvent(tx, { type: "service.cancellation_requested", data: { accountId: actor.accountId, serviceId: service.id, requestId: request.id, reason } });
    return { requestId: request.id };
  });
}
