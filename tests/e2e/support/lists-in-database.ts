import { randomBytes } from "node:crypto";
import { withE2eDatabase } from "./e2e-database";

/**
 * Many services for an account, made straight in the database (the list's pages are under
 * test, not ordering): `count` web hosting plans named "Plan NNN" (so their order is known),
 * plus `extra` named ones.
 */
export function servicesInDatabase(accountId: string, count: number, extra: string[] = []): Promise<void> {
  const names = [...Array.from({ length: count }, (_, i) => `Plan ${String(i).padStart(3, "0")}`), ...extra];
  return withE2eDatabase(async (db) => {
    await db.service.createMany({
      data: names.map((productName) => ({
        accountId,
        kind: "WEB_HOSTING" as const,
        productName,
        domain: `${randomBytes(5).toString("hex")}.example`,
        server: "node1.e2e.example",
        status: "ACTIVE" as const,
        billingCycle: "MONTHLY" as const,
        priceMinor: 999,
        currency: "EUR",
        panelDriver: "demo",
        panelRef: `e2e-${randomBytes(6).toString("hex")}`,
      })),
    });
  });
}
