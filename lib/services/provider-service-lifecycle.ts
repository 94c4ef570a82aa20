import "server-only";
import { db } from "@/lib/db";
import { ApiConflict } from "@/lib/api/problem";
import { recordActivity } from "@/lib/audit/record-activity";
import type { Prisma, Service } from "@/lib/generated/prisma/client";
import { driverFor } from "@/lib/provisioning/registry";
import { asPanelStep, serviceSubject } from "./actionable-service";
import { serviceBody } from "./provider-service-body";
import { lockService, TERMINATED } from "./provider-services";

/**
 * Suspending, unsuspending and terminating a service: the panel first (the demo panel's
 * writes join this transaction), then the status, then the account's activity, all or nothing.
 * While suspended, actionableService refuses every member action and the page says why.
 */

export async function suspendService(serviceId: string, reason?: string) {
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    if (service.status === "CANCELLED") throw new ApiConflict(TERMINATED);
    if (service.status === "SUSPENDED") throw new ApiConflict("The service is suspended already.");
    await asPanelStep(driverFor(service.panelDriver).suspend(tx, service.panelRef));
    const updated = await tx.service.update({ where: { id: service.id }, data: { status: "SUSPENDED" } });
    await recordActivity(tx, { accountId: service.accountId, actorId: null, kind: "service.suspended", subjectId: service.id, client: null, details: { ...serviceSubject(service), reason: reason ?? null } });
    return serviceBody(updated);
  });
}

export async function unsuspendService(serviceId: string) {
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    if (service.status === "CANCELLED") throw new ApiConflict(TERMINATED);
    if (service.status !== "SUSPENDED") throw new ApiConflict("The service is not suspended.");
    await asPanelStep(driverFor(service.panelDriver).unsuspend(tx, service.panelRef));
    const updated = await tx.service.update({ where: { id: service.id }, data: { status: "ACTIVE" } });
    await recordActivity(tx, { accountId: service.accountId, actorId: null, kind: "service.unsuspended", subjectId: service.id, client: null, details: serviceSubject(service) });
    return serviceBody(updated);
  });
}

/**
 * Ends the service in the panel and here; the caller has locked it and records why. What the
 * members still asked of it is settled with it, so no request stays open on a service that is
 * gone: a cancellation is done, an upgrade can no longer be made.
 */
export async function terminateLocked(tx: Prisma.TransactionClient, service: Service): Promise<Service> {
  if (service.status === "CANCELLED") throw new ApiConflict(TERMINATED);
  await asPanelStep(driverFor(service.panelDriver).terminate(tx, service.panelRef));
  const settledAt = new Date();
  await tx.serviceRequest.updateMany({ where: { serviceId: service.id, status: "OPEN", kind: "CANCELLATION" }, data: { status: "DONE", settledAt } });
  await tx.serviceRequest.updateMany({ where: { serviceId: service.id, status: "OPEN", kind: "UPGRADE" }, data: { status: "REJECTED", settledAt } });
  return tx.service.update({ where: { id: service.id }, data: { status: "CANCELLED", nextDueAt: null } });
}

export async function terminateService(serviceId: string) {
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    const updated = await terminateLocked(tx, service);
    await recordActivity(tx, { accountId: service.accountId, actorId: null, kind: "service.terminated", subjectId: service.id, client: null, details: serviceSubject(service) });
    return serviceBody(updated);
  });
}
