import "server-only";
import { UserError } from "@/lib/errors/user-error";
import { isUuid } from "@/lib/ids";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { PanelRefusal } from "@/lib/provisioning/types";

/** Who acts on a service: a member of the account, through an account action. */
export type ServiceActor = { accountId: string; userId: string; client: Pick<ClientInfo, "ip"> };

const NOT_ACTIVE = { PENDING: "servicePending", SUSPENDED: "serviceSuspended", CANCELLED: "serviceCancelled" } as const;

/**
 * The service a member acts on, loaded inside the acting account (another account's id is
 * "not found", the same as a missing one), locked, and only while ACTIVE: a suspended or cancelled
 * service must not be restarted, reconfigured or opened from the client area, and a pending
 * one is not running yet.
 */
export async function actionableService(tx: Prisma.TransactionClient, actor: ServiceActor, serviceId: string) {
  if (!isUuid(serviceId)) throw new UserError("notFound");
  // The row lock holds to the end of the transaction: two actions on one service at once
  // (two upgrade requests, a restart and a reset) run one after the other, the second
  // seeing what the first wrote.
  await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${serviceId}::uuid AND "accountId" = ${actor.accountId}::uuid FOR UPDATE`;
  const service = await tx.service.findFirst({ where: { id: serviceId, accountId: actor.accountId } });
  if (!service) throw new UserError("notFound");
  if (service.status !== "ACTIVE") throw new UserError(NOT_ACTIVE[service.status]);
  return service;
}

/** A driver's refusal as the member's message; anything else stays an unexpected failure. */
export async function asPanelStep<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof PanelRefusal) throw new UserError(error.code);
    throw error;
  }
}

/** What an activity event says about the service, without anything secret. */
export function serviceSubject(service: { productName: string; domain: string | null; kind: string }): Prisma.InputJsonObject {
  return { product: service.productName, domain: service.domain, kind: service.kind };
}
