import "server-only";
import { db } from "@/lib/db";
import type { ServiceKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import { driverFor } from "@/lib/provisioning/registry";
import { upgradeTargets } from "./products";
import { logger } from "@/lib/observability/logger";

/**
 * One service of the account (null when it is not the account's), with its open requests,
 * the plans it may be upgraded to, and what its panel reports now: power state for a VPS,
 * current settings for all. A panel that does not answer leaves `panel` null; the page
 * still shows what the client area knows.
 */
export async function serviceDetails(accountId: string, serviceId: string) {
  if (!isUuid(serviceId)) return null;
  const service = await db.service.findFirst({
    where: { id: serviceId, accountId },
    include: { requests: { where: { status: "OPEN" }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, targetProduct: true, createdAt: true } } },
  });
  if (!service) return null;
  // The provider's latest answers (accepted or refused, with its message), newest first.
  const answered = await db.serviceRequest.findMany({
    where: { serviceId: service.id, status: { in: ["DONE", "REJECTED"] }, settledAt: { not: null } },
    orderBy: { settledAt: "desc" },
    take: 5,
    select: { id: true, kind: true, status: true, targetProduct: true, responseMessage: true, settledAt: true },
  });
  const panel = await driverFor(service.panelDriver)
    .status(db, service.panelRef)
    .catch((error: unknown) => {
      logger.error({ err: error, serviceId: service.id }, "provisioning status failed");
      return null;
    });
  return { ...service, panel, answered, upgrades: upgradeTargets(service) };
}

export type ServiceDetails = NonNullable<Awaited<ReturnType<typeof serviceDetails>>>;

/** How many services the account has of each kind, for the list's filters. */
export async function countServicesByKind(accountId: string): Promise<Record<ServiceKind, number>> {
  const groups = await db.service.groupBy({ by: ["kind"], where: { accountId }, _count: { _all: true } });
  const counts: Record<ServiceKind, number> = { WEB_HOSTING: 0, VPS: 0, EMAIL: 0 };
  for (const group of groups) counts[group.kind] = group._count._all;
  return counts;
}
