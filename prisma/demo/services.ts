import type { BillingCycle, ServiceKind, ServiceStatus } from "../../lib/generated/prisma/enums";
import { demoDriver } from "../../lib/provisioning/demo/demo-driver";
import type { PanelSettings } from "../../lib/provisioning/types";
import { demoProductSlug } from "../../lib/catalog/demo-catalog";
import { findProduct } from "../../lib/services/products";
import { suspendService, terminateService } from "../../lib/services/provider-service-lifecycle";
import { ZCreateService } from "../../lib/services/provider-service-schemas";
import { createServiceAsProvider } from "../../lib/services/provider-services";
import type { DemoAccountContext, DemoSeeder } from "./context";
import { DEMO_PANEL_PASSWORD } from "../demo-users";
import { demoSlug } from "./slug";


const DAY_MS = 24 * 60 * 60 * 1000;
const CYCLE_MONTHS: Record<BillingCycle, number> = { MONTHLY: 1, QUARTERLY: 3, SEMIANNUAL: 6, ANNUAL: 12, BIENNIAL: 24 };

type DemoService = {
  product: string;
  /** Suffix of the account's slug for the service's site ("" → <slug>.example); null: no domain. */
  site: string | null;
  status: ServiceStatus;
  cycle: BillingCycle;
  /** Days from now to the next due date (null: not billed any more). */
  dueInDays: number | null;
  /** Share of the plan's disk, bandwidth and mailboxes in use, in percent. */
  usedPercent: number;
};

/** Several of each kind, mostly active, with one suspended, one pending and one cancelled. */
const SERVICES: DemoService[] = [
  { product: "Web Hosting Pro", site: "", status: "ACTIVE", cycle: "ANNUAL", dueInDays: 143, usedPercent: 46 },
  { product: "Web Hosting Starter", site: "-blog", status: "ACTIVE", cycle: "MONTHLY", dueInDays: 9, usedPercent: 71 },
  { product: "Web Hosting Business", site: "-shop", status: "SUSPENDED", cycle: "QUARTERLY", dueInDays: -12, usedPercent: 88 },
  { product: "VPS M", site: null, status: "ACTIVE", cycle: "MONTHLY", dueInDays: 17, usedPercent: 34 },
  { product: "VPS S", site: null, status: "ACTIVE", cycle: "ANNUAL", dueInDays: 260, usedPercent: 12 },
  { product: "VPS L", site: null, status: "PENDING", cycle: "MONTHLY", dueInDays: 1, usedPercent: 0 },
  { product: "Email Plus", site: "-mail", status: "ACTIVE", cycle: "SEMIANNUAL", dueInDays: 61, usedPercent: 55 },
  { product: "Email Basic", site: "-old", status: "CANCELLED", cycle: "ANNUAL", dueInDays: null, usedPercent: 20 },
];

const SERVERS: Record<ServiceKind, string[]> = {
  WEB_HOSTING: ["web12.nubehosting.example", "web07.nubehosting.example"],
  VPS: ["node-mad-04.nubehosting.example", "node-ams-02.nubehosting.example"],
  EMAIL: ["mail3.nubehosting.example", "mail5.nubehosting.example"],
};

function used(limit: number | undefined, percent: number): number | null {
  return limit === undefined ? null : Math.round((limit * percent) / 100);
}

function settingsFor(kind: ServiceKind, slug: string, position: number): PanelSettings {
  if (kind === "WEB_HOSTING") return { phpVersion: position % 2 ? "8.2" : "8.3" };
  if (kind === "VPS") return { hostname: `vps${position}.${slug}.example` };
  return { mailboxQuotaMb: 2048 };
}

/**
 * Creates one service as the provider's API does (createServiceAsProvider: the request's
 * checks, the row, the activity), then suspends or terminates it through the driver like the
 * API's suspend and terminate. The panel account is provisioned first, by the same driver,
 * with the demo password the README gives (the API would make a random one) and a username
 * unique across the panel.
 */
async function seedService(context: DemoAccountContext, demo: DemoService, position: number) {
  const product = findProduct(demo.product)!;
  const slug = demoSlug(context.legalName);
  // Letters, then the account's index, then one digit of position: no two accounts' names can meet.
  const username = `${slug.replace(/[^a-z]/g, "").slice(0, 8) || "demo"}${context.index}${position}`;
  // A panel account left by an earlier seed of a since-deleted account would hold the name.
  await context.db.demoPanelAccount.deleteMany({ where: { username } });
  const { panelRef } = await demoDriver.provision(context.db, { username, password: DEMO_PANEL_PASSWORD, settings: settingsFor(product.kind, slug, position) });
  const servers = SERVERS[product.kind];
  // The seed writes the catalog first: the service is linked to its plan and billed at the
  // plan's price for its cycle in the account's currency (upgrades are prorated against it).
  // A currency the catalog has no price in keeps the monthly list price times the months.
  const plan = await context.db.product.findUnique({ where: { slug: demoProductSlug(product.name) }, select: { id: true, prices: { where: { cycle: demo.cycle, currency: context.currency }, select: { priceMinor: true } } } });
  const nextDueAt = demo.dueInDays === null ? null : new Date(context.now.getTime() + (demo.dueInDays + context.index) * DAY_MS);
  const service = await createServiceAsProvider(
    context.accountId,
    ZCreateService.parse({
      kind: product.kind,
      productName: product.name,
      domain: demo.site === null ? null : `${slug}${demo.site}.example`,
      server: servers[(position + context.index) % servers.length]!,
      ipAddress: product.kind === "VPS" ? `198.51.100.${10 + context.index * 10 + position}` : `192.0.2.${20 + context.index}`,
      priceMinor: plan?.prices[0]?.priceMinor ?? product.monthlyPriceMinor * CYCLE_MONTHS[demo.cycle],
      currency: context.currency,
      billingCycle: demo.cycle,
      nextDueAt: nextDueAt?.toISOString() ?? null,
      diskLimitMb: product.diskLimitMb ?? null,
      bandwidthLimitMb: product.bandwidthLimitMb ?? null,
      mailboxesLimit: product.mailboxesLimit ?? null,
      cpuCores: product.cpuCores ?? null,
      memoryMb: product.memoryMb ?? null,
      panelDriver: "demo",
      panelRef,
    }),
  );
  if (demo.status === "SUSPENDED") await suspendService(service.id, "Overdue invoice");
  if (demo.status === "CANCELLED") await terminateService(service.id);
  // What the API has no word for: the usage the panel reports, and a service still waiting
  // for the provider to set it up (the API's services are provisioned when created).
  await context.db.service.update({
    where: { id: service.id },
    data: {
      diskUsedMb: used(product.diskLimitMb, demo.usedPercent),
      bandwidthUsedMb: used(product.bandwidthLimitMb, demo.usedPercent / 2),
      mailboxesUsed: used(product.mailboxesLimit, demo.usedPercent),
      productId: plan?.id ?? null,
      ...(demo.status === "PENDING" ? { status: "PENDING" as const } : {}),
    },
  });
  if (demo.status === "PENDING") await context.db.demoPanelAccount.update({ where: { id: panelRef }, data: { powerState: "STOPPED" } });
}

/** The services of a demo account, each provisioned in the demo panel, in the list's order (seeders pick "the n-th service"). */
export const seedServices: DemoSeeder = async (context) => {
  for (const [position, demo] of SERVICES.entries()) await seedService(context, demo, position);
};
