import { randomBytes } from "node:crypto";
import { withE2eDatabase } from "./e2e-database";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A .com domain of the account held at the demo registrar (its registry row and the account's
 * row, as the provider's API adopts one), for stories where registering it is not what is
 * under test. The name is new each time: Domain.name is unique across accounts.
 */
export function domainInDatabase(accountId: string, options: { expiresInDays: number; autoRenew: boolean }): Promise<{ id: string; name: string; expiresAt: Date }> {
  const name = `renew-${randomBytes(5).toString("hex")}.com`;
  const expiresAt = new Date(Date.now() + options.expiresInDays * DAY_MS);
  const nameservers = ["ns1.e2e.example", "ns2.e2e.example"];
  return withE2eDatabase(async (db) => {
    await db.demoRegistrarDomain.create({ data: { name, expiresAt, locked: true, nameservers, registrant: { name: "E2E Holder", organization: null, email: "holder@e2e.example", country: "ES" } } });
    const domain = await db.domain.create({ data: { accountId, name, expiresAt, autoRenew: options.autoRenew, locked: true, nameservers }, select: { id: true } });
    return { id: domain.id, name, expiresAt };
  });
}
