import "server-only";
import { db } from "@/lib/db";
import type { ServiceKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import { driverFor } from "@/lib/provisioning/registry";
import { openUpgradeInvoice } from "./upgrades/open-upgrade-invoice";
import { upgradeTargets } from "./upgrades/upgrade-targets";
import { logger } from "@/lib/observability/logger";

/**
 * One service of the account (null when it is not the account's), with its open requests,
 * the catalog plans it may be upgraded to (and an upgrade invoice waiting for payment), and what its panel reports now: power state for a VPS,
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
  // The catalog's higher plans with what moving now costs, and an upgrade invoice still to pay (then no second one is offered).
  const [upgrades, upgradeInvoice] = await Promise.all([upgradeTargets(db, service, new Date()), openUpgradeInvoice(db, accountId, service.id)]);
  return { ...service, panel, answered, upgrades, upgradeInvoice };
}

export type ServiceDetails = NonNullable<Awaited<ReturnType<typeof serviceDetails>>>;

/** How many services the account has of each kind, for the list's filters. */
export async function countServicesByKind(accountId: string): Promise<Record<ServiceKind, number>> {
  const groups = await db.service.groupBy({ by: ["kind"], where: { accountId }, _count: { _all: true } });
  const counts: Record<ServiceKind, number> = { WEB_HOSTING: 0, VPS: 0, EMAIL: 0 };
  for (const group of groups) counts[group.kind] = group._count._all;
  return counts;
}
