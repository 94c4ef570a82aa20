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

/** Members of the account with the Technician profile, made straight in the database: "Crew NNN", crew-NNN-<tag>@e2e.example. */
export function membersInDatabase(accountId: string, count: number): Promise<string> {
  const tag = randomBytes(4).toString("hex");
  return withE2eDatabase(async (db) => {
    const users = Array.from({ length: count }, (_, i) => ({ email: `crew-${String(i).padStart(3, "0")}-${tag}@e2e.example`, name: `Crew ${String(i).padStart(3, "0")}`, passwordHash: "not-a-hash", emailVerifiedAt: new Date() }));
    await db.user.createMany({ data: users });
    const ids = await db.user.findMany({ where: { email: { in: users.map((user) => user.email) } }, orderBy: { email: "asc" }, select: { id: true } });
    // One at a time, so the memberships' creation order (the list's order) is the names' order.
    for (const { id } of ids) await db.membership.create({ data: { accountId, userId: id, builtInProfile: "TECHNICIAN" } });
    return tag;
  });
}
