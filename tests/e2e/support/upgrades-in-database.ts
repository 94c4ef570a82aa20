import { randomBytes } from "node:crypto";
import { withE2eDatabase } from "./e2e-database";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An active VPS on the seeded catalog's plan `vps-s`, billed monthly in EUR at that plan's
 * price and renewing in 15 days, with its machine in the demo panel: made straight in the
 * database (ordering it is not under test), so an upgrade story changes no shared data.
 */
export function catalogVpsInDatabase(accountId: string): Promise<string> {
  const tag = randomBytes(5).toString("hex");
  return withE2eDatabase(async (db) => {
    const plan = await db.product.findUniqueOrThrow({ where: { slug: "vps-s" }, include: { prices: { where: { cycle: "MONTHLY", currency: "EUR" } } } });
    const machine = await db.demoPanelAccount.create({ data: { username: `e2e${tag}`, passwordHash: "not-a-hash", settings: { hostname: `vps-${tag}.example` } }, select: { id: true } });
    const service = await db.service.create({
      data: {
        accountId,
        kind: "VPS",
        productId: plan.id,
        productName: plan.name,
        domain: `vps-${tag}.example`,
        server: "node1.e2e.example",
        status: "ACTIVE",
        billingCycle: "MONTHLY",
        priceMinor: plan.prices[0]!.priceMinor,
        currency: "EUR",
        nextDueAt: new Date(Date.now() + 15 * DAY_MS),
        cpuCores: plan.cpuCores,
        memoryMb: plan.memoryMb,
        diskLimitMb: plan.diskLimitMb,
        panelDriver: "demo",
        panelRef: machine.id,
      },
      select: { id: true },
    });
    return service.id;
  });
}
