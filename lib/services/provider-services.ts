import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { idPage } from "@/lib/api/operations/common";
import { invalidField } from "@/lib/api/invalid-field";
import { ApiConflict, ApiNotFound } from "@/lib/api/problem";
import { recordActivity } from "@/lib/audit/record-activity";
import type { Prisma } from "@/lib/generated/prisma/client";
import { driverFor, hasDriver } from "@/lib/provisioning/registry";
import { asPanelStep, serviceSubject } from "./actionable-service";
import { generateServicePassword } from "./generate-password";
import { serviceBody } from "./provider-service-body";
import type { TCreateService, TUpdateService } from "./provider-service-schemas";
import type { z } from "zod";
import type { ZListServicesQuery } from "./provider-service-schemas";

/**
 * Services as the provider runs them through its API: every account's, created and changed
 * with the provider as the actor (activity with actorId null). Pages never call these.
 */

/** The account a service is created in, share-locked so a concurrent close waits for this transaction. */
async function openAccount(tx: Prisma.TransactionClient, accountId: string) {
  const [account] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "ClientAccount" WHERE id = ${accountId}::uuid FOR SHARE`;
  if (!account) throw new ApiNotFound();
  if (account.status === "CLOSED") throw new ApiConflict("The account is closed: no services can be added to it.");
}

/** A panel username no one has: the demo panel's are unique, and a real panel's usually are too. */
function panelUsername(): string {
  return `u${randomBytes(5).toString("hex")}`;
}

export async function createServiceAsProvider(accountId: string, input: TCreateService) {
  if (!hasDriver(input.panelDriver)) throw invalidField("panelDriver", `No provisioning driver named "${input.panelDriver}" is installed.`);
  return db.$transaction(async (tx) => {
    await openAccount(tx, accountId);
    const { panelDriver, panelRef: givenRef, ...terms } = input;
    // Provisioned inside the transaction: the demo panel's account and the service exist together or not at all.
    const panelRef = givenRef ?? (await asPanelStep(driverFor(panelDriver).provision(tx, { username: panelUsername(), password: generateServicePassword() }))).panelRef;
    const service = await tx.service.create({ data: { ...terms, accountId, status: "ACTIVE", panelDriver, panelRef } });
    await recordActivity(tx, { accountId, actorId: null, kind: "service.created", subjectId: service.id, client: null, details: serviceSubject(service) });
    return serviceBody(service);
  });
}

/** The service by id, locked for the change; 404 when there is none, 409 once it is terminated. */
export async function lockService(tx: Prisma.TransactionClient, serviceId: string) {
  await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${serviceId}::uuid FOR UPDATE`;
  const service = await tx.service.findUnique({ where: { id: serviceId } });
  if (!service) throw new ApiNotFound();
  return service;
}

export const TERMINATED = "The service is terminated: nothing can be changed on it.";

export async function updateServiceAsProvider(serviceId: string, input: TUpdateService) {
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    if (service.status === "CANCELLED") throw new ApiConflict(TERMINATED);
    const changes: Record<string, { before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null }> = {};
    for (const [field, after] of Object.entries(input)) {
      const before = service[field as keyof typeof service];
      const same = before instanceof Date && after instanceof Date ? before.getTime() === after.getTime() : before === after;
      if (!same) changes[field] = { before: before instanceof Date ? before.toISOString() : (before as Prisma.InputJsonValue | null), after: after instanceof Date ? after.toISOString() : (after as Prisma.InputJsonValue | null) };
    }
    if (Object.keys(changes).length === 0) return serviceBody(service);
    const updated = await tx.service.update({ where: { id: service.id }, data: input });
    await recordActivity(tx, { accountId: service.accountId, actorId: null, kind: "service.updated", subjectId: service.id, client: null, details: { ...serviceSubject(updated), changes } });
    return serviceBody(updated);
  });
}

export async function getServiceAsProvider(serviceId: string) {
  const service = await db.service.findUnique({ where: { id: serviceId } });
  if (!service) throw new ApiNotFound();
  return serviceBody(service);
}

/** Every account's services, newest first, filtered by account and status. */
export async function listServicesAsProvider(query: z.output<typeof ZListServicesQuery>) {
  const rows = await db.service.findMany({
    where: { accountId: query.accountId, status: query.status, ...(query.cursor ? { id: { lt: query.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  return idPage(rows, query.limit, serviceBody);
}

