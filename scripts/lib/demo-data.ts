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
