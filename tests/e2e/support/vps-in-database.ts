import { randomBytes } from "node:crypto";
import { withE2eDatabase } from "./e2e-database";

/**
 * A running VPS of the account with its machine in the demo panel, made straight in the
 * database (ordering is not under test): a story that restarts it changes no shared data.
 */
export function vpsInDatabase(accountId: string, productName = "VPS S"): Promise<string> {
  const tag = randomBytes(5).toString("hex");
  return withE2eDatabase(async (db) => {
    const machine = await db.demoPanelAccount.create({ data: { username: `e2e${tag}`, passwordHash: "not-a-hash", settings: { hostname: `vps-${tag}.example` } }, select: { id: true } });
    const service = await db.service.create({
      data: { accountId, kind: "VPS", productName, domain: `vps-${tag}.example`, server: "node1.e2e.example", status: "ACTIVE", billingCycle: "MONTHLY", priceMinor: 1999, currency: "EUR", panelDriver: "demo", panelRef: machine.id },
      select: { id: true },
    });
    return service.id;
  });
}
