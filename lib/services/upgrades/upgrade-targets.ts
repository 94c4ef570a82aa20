import type { Prisma } from "@/lib/generated/prisma/client";
import type { BillingCycle, ServiceKind } from "@/lib/generated/prisma/enums";
import { CYCLE_MONTHS } from "@/lib/catalog/demo-catalog";
import { monthsBefore, prorateUpgrade } from "./proration";

type Db = Prisma.TransactionClient;

/** What an upgrade needs to know of a service. */
export type UpgradableService = { id: string; kind: ServiceKind; productId: string | null; productName: string; billingCycle: BillingCycle; currency: string; priceMinor: number; nextDueAt: Date | null };

/** A plan the service may move to: its price for the service's cycle and currency, and what moving now costs. */
export type UpgradeTarget = { productId: string; name: string; tier: number; priceMinor: number; dueNowMinor: number };

/**
 * The period the service has paid and is in now: it ends at the next due date and began one
 * cycle earlier. Null when the service is not billed (no due date).
 */
export function currentPeriod(service: Pick<UpgradableService, "billingCycle" | "nextDueAt">): { start: Date; end: Date } | null {
  if (!service.nextDueAt) return null;
  return { start: monthsBefore(service.nextDueAt, CYCLE_MONTHS[service.billingCycle]), end: service.nextDueAt };
}

/**
 * The service's plan in the catalog: the one it is linked to, or (services made before the
 * catalog) the plan of the same kind and name. Null for a custom deal.
 */
async function currentPlan(db: Db, service: UpgradableService) {
  const where = service.productId ? { id: service.productId } : { kind: service.kind, name: service.productName };
  return db.product.findFirst({ where, select: { id: true, kind: true, tier: true } });
}

/**
 * The catalog's plans a service may be upgraded to: the same kind, a higher tier, sold, and
 * priced in the service's cycle and currency (a plan without that price cannot be invoiced
 * for it). Each with what moving now costs: the price difference for the rest of the period.
 */
export async function upgradeTargets(db: Db, service: UpgradableService, now: Date): Promise<UpgradeTarget[]> {
  const plan = await currentPlan(db, service);
  if (!plan || plan.kind !== service.kind) return [];
  const products = await db.product.findMany({
    where: { kind: service.kind, tier: { gt: plan.tier }, sold: true, prices: { some: { cycle: service.billingCycle, currency: service.currency } } },
    orderBy: [{ tier: "asc" }, { name: "asc" }],
    select: { id: true, name: true, tier: true, prices: { where: { cycle: service.billingCycle, currency: service.currency }, select: { priceMinor: true } } },
  });
  const period = currentPeriod(service);
  return products.map((product) => {
    const priceMinor = product.prices[0]!.priceMinor;
    const dueNowMinor = period ? prorateUpgrade({ currentMinor: service.priceMinor, targetMinor: priceMinor, periodStart: period.start, periodEnd: period.end, now }).amountMinor : 0;
    return { productId: product.id, name: product.name, tier: product.tier, priceMinor, dueNowMinor };
  });
}
