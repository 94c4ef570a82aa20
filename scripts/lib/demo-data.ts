import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_USERS } from "../../prisma/demo-users";

/**
 * Whether every demo user and every demo account (by legal name and owner) is in the database.
 * The seed creates exactly what is missing of those and leaves what exists (prisma/seed.ts), so
 * when all are there it would change nothing: the run command then skips it and the seconds
 * its process takes to load.
 */
export async function demoDataPresent(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const emails = DEMO_USERS.map((user) => user.email);
    const { rows: users } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "User" WHERE email = ANY($1::text[])`, [emails]);
    if (users[0]?.count !== emails.length) return false;
    const { rows: accounts } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM unnest($1::text[], $2::text[]) AS demo(legal_name, owner_email)
       WHERE EXISTS (SELECT 1 FROM "ClientAccount" a JOIN "User" u ON u.id = a."ownerId" WHERE a."legalName" = demo.legal_name AND u.email = demo.owner_email)`,
      [DEMO_ACCOUNTS.map((account) => account.legalName), DEMO_ACCOUNTS.map((account) => account.owner)],
    );
    return accounts[0]?.count === DEMO_ACCOUNTS.length;
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return false; // no tables yet
    throw error;
  } finally {
    await client.end();
  }
}

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Runs the demo seed (prisma/seed.ts) on a database in a process of its own: the seed calls
 * the app's server code (the provider's functions), whose database pool is made from
 * DATABASE_URL when first imported, and the caller (the run command, which stays resident
 * beside the server) should not keep the Prisma client and everything the seed loaded.
 */
export function seedInChildProcess(databaseUrl: string, output: "inherit" | "ignore" = "ignore"): void {
  const result = spawnSync(process.execPath, ["--import", path.join(ROOT, "scripts/lib/allow-server-only.mjs"), "--import", "tsx", path.join(ROOT, "prisma/seed.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", output, "inherit"],
  });
  if (result.status !== 0) throw new Error(`seeding the demo data failed (exit ${result.status ?? result.signal})`);
}
