import type { BillingCycle, ServiceKind, ServiceStatus } from "../../lib/generated/prisma/enums";
import { demoDriver } from "../../lib/provisioning/demo/demo-driver";
import type { PanelSettings } from "../../lib/provisioning/types";
import { findProduct } from "../../lib/services/products";
import type { DemoAccountContext, DemoSeeder } from "./context";
import { demoSlug } from "./slug";

/** The password of every seeded demo panel account (README, "Services and provisioning"). */
export const DEMO_PANEL_PASSWORD = "panel-demo-2026";

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

/** Creates one service and its account in the demo panel (the username unique across the panel). */
async function seedService(context: DemoAccountContext, demo: DemoService, position: number) {
  const product = findProduct(demo.product)!;
  const slug = demoSlug(context.legalName);
  // Letters, then the account's index, then one digit of position: no two accounts' names can meet.
  const username = `${slug.replace(/[^a-z]/g, "").slice(0, 8) || "demo"}${context.index}${position}`;
  // A panel account left by an earlier seed of a since-deleted account would hold the name.
  await context.db.demoPanelAccount.deleteMany({ where: { username } });
  const { panelRef } = await demoDriver.provision(context.db, { username, password: DEMO_PANEL_PASSWORD, settings: settingsFor(product.kind, slug, position) });
  if (demo.status === "PENDING") await context.db.demoPanelAccount.update({ where: { id: panelRef }, data: { powerState: "STOPPED" } });
  const servers = SERVERS[product.kind];
  await context.db.service.create({
    data: {
      accountId: context.accountId,
      kind: product.kind,
      productName: product.name,
      domain: demo.site === null ? null : `${slug}${demo.site}.example`,
      server: servers[(position + context.index) % servers.length]!,
      ipAddress: product.kind === "VPS" ? `198.51.100.${10 + context.index * 10 + position}` : `192.0.2.${20 + context.index}`,
      status: demo.status,
      billingCycle: demo.cycle,
      // The catalog's monthly price times the cycle's months, in the account's currency.
      priceMinor: product.monthlyPriceMinor * CYCLE_MONTHS[demo.cycle],
      currency: context.currency,
      nextDueAt: demo.dueInDays === null ? null : new Date(context.now.getTime() + (demo.dueInDays + context.index) * DAY_MS),
      diskUsedMb: used(product.diskLimitMb, demo.usedPercent),
      diskLimitMb: product.diskLimitMb ?? null,
      bandwidthUsedMb: used(product.bandwidthLimitMb, demo.usedPercent / 2),
      bandwidthLimitMb: product.bandwidthLimitMb ?? null,
      mailboxesUsed: used(product.mailboxesLimit, demo.usedPercent),
      mailboxesLimit: product.mailboxesLimit ?? null,
      cpuCores: product.cpuCores ?? null,
      memoryMb: product.memoryMb ?? null,
      panelDriver: "demo",
      panelRef,
      // Kept in the list's order, so seeders that pick "the n-th service" get the same one every time.
      createdAt: new Date(context.now.getTime() - (400 - position) * DAY_MS),
    },
  });
}

/** The services of a demo account, each provisioned in the demo panel. */
export const seedServices: DemoSeeder = async (context) => {
  for (const [position, demo] of SERVICES.entries()) await seedService(context, demo, position);
};
