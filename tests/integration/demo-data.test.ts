/**
 * The run command skips the demo seed when it would change nothing: the check must say
 * "present" exactly when every demo user and account the seed makes is there.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { demoDataPresent } from "../../scripts/lib/demo-data";

const url = process.env.DATABASE_URL!;

async function execute(sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("the run command's demo data check", () => {
  it("is false on an empty database, true once seeded, false again when a demo account is not there by its name", { timeout: 300_000 }, async () => {
    expect(await demoDataPresent(url)).toBe(false);
    await seed();
    expect(await demoDataPresent(url)).toBe(true);

    await execute(`UPDATE "ClientAccount" SET "legalName" = 'Nube Agency GmbH' WHERE "legalName" = 'Nube Agency'`);
    expect(await demoDataPresent(url)).toBe(false);
    await seed(); // makes only what is missing
    expect(await demoDataPresent(url)).toBe(true);
  });
});
