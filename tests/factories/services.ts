import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { ServiceKind, ServiceStatus } from "@/lib/generated/prisma/enums";
import { demoDriver } from "@/lib/provisioning/demo/demo-driver";
import type { PanelSettings } from "@/lib/provisioning/types";
import { findProduct } from "@/lib/services/products";

/** The panel password every factory service starts with. */
export const FACTORY_PANEL_PASSWORD = "factory-panel-password";

const PLAN_OF: Record<ServiceKind, string> = { WEB_HOSTING: "Web Hosting Pro", VPS: "VPS M", EMAIL: "Email Plus" };

/**
 * A service of the account provisioned in the demo panel, as the seed makes them: a real
 * panel account (bcrypt password, settings) and a Service row pointing at it.
 */
export async function createTestService(accountId: string, options: { kind?: ServiceKind; status?: ServiceStatus; productName?: string; settings?: PanelSettings } = {}) {
  const kind = options.kind ?? "VPS";
  const product = findProduct(options.productName ?? PLAN_OF[kind]);
  // Linked to its plan when the catalog holds it (ensureDemoCatalog), priced as the plan sells monthly in EUR.
  const plan = await db.product.findFirst({ where: { name: options.productName ?? PLAN_OF[kind], kind }, select: { id: true, prices: { where: { cycle: "MONTHLY", currency: "EUR" }, select: { priceMinor: true } } } });
  const username = `t${randomBytes(6).toString("hex")}`;
  const { panelRef } = await demoDriver.provision(db, { username, password: FACTORY_PANEL_PASSWORD, settings: options.settings });
  const service = await db.service.create({
    data: {
      accountId,
      kind,
      productName: options.productName ?? PLAN_OF[kind],
      domain: kind === "VPS" ? null : `${username}.example`,
      server: "node1.factory.example",
      status: options.status ?? "ACTIVE",
      billingCycle: "MONTHLY",
      priceMinor: plan?.prices[0]?.priceMinor ?? product?.monthlyPriceMinor ?? 1000,
      currency: "EUR",
      nextDueAt: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000),
      diskLimitMb: product?.diskLimitMb ?? null,
      diskUsedMb: product?.diskLimitMb ? 100 : null,
      cpuCores: product?.cpuCores ?? null,
      memoryMb: product?.memoryMb ?? null,
      panelDriver: "demo",
      panelRef,
      productId: plan?.id ?? null,
    },
  });
  return { ...service, username };
}

/**
 * An UPGRADE request as members made them before upgrades were ordered and invoiced from the
 * catalog: such rows stay in the provider's queue (GET /service-requests) until settled.
 */
export async function createLegacyUpgradeRequest(accountId: string, serviceId: string, requestedById: string, targetProduct: string): Promise<{ requestId: string }> {
  const request = await db.serviceRequest.create({ data: { accountId, serviceId, kind: "UPGRADE", requestedById, targetProduct }, select: { id: true } });
  return { requestId: request.id };
}
