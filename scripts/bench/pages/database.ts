import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { LARGE_ACCOUNT } from "../../seed-large/plan";
import { openRunDatabase, runDataDir } from "../../lib/run-database";

export type Targets = { accountId: string; serviceId: string; invoiceId: string; ticketId: string; contactId: string };

/** The embedded server's data folder when the run command uses one (no DATABASE_URL). */
export function embeddedDataDir(): string | null {
  return process.env.DATABASE_URL ? null : path.join(runDataDir(), "postgres");
}

/** The port of the embedded PostgreSQL that a running `npm start` started, from its pid file. */
export function runningEmbeddedPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return null;
  }
}

/**
 * Before the server starts: checks the large data is there and finds what the pages need
 * (the large account and one of its services, invoices, tickets and contacts). For the
 * embedded database it also puts pg_stat_statements into shared_preload_libraries (it takes
 * effect when the run command starts PostgreSQL) and returns the list it had, to put back after.
 */
export async function prepareDatabase(): Promise<{ targets: Targets; previousPreload: string | null }> {
  const dataDir = embeddedDataDir();
  if (dataDir && runningEmbeddedPort(dataDir)) {
    throw new Error(`PostgreSQL in ${dataDir} is running (an \`npm start\` or \`npm run dev\`?): stop it first, the bench starts its own.`);
  }
  const database = await openRunDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const account = await client.query<{ id: string }>(`SELECT id FROM "ClientAccount" WHERE "legalName" = $1`, [LARGE_ACCOUNT.legalName]);
    if (!account.rowCount) throw new Error(`The large account "${LARGE_ACCOUNT.legalName}" is not in ${database.description}: run \`npm run seed:large\` first.`);
    const accountId = account.rows[0]!.id;
    const first = async (sql: string) => (await client.query<{ id: string }>(sql, [accountId])).rows[0]!.id;
    const targets: Targets = {
      accountId,
      serviceId: await first(`SELECT id FROM "Service" WHERE "accountId" = $1 AND status = 'ACTIVE' AND kind = 'WEB_HOSTING' ORDER BY "createdAt" DESC LIMIT 1`),
      invoiceId: await first(`SELECT id FROM "Invoice" WHERE "accountId" = $1 AND status = 'PAID' ORDER BY "issuedAt" DESC LIMIT 1`),
      ticketId: await first(`SELECT id FROM "SupportTicket" WHERE "accountId" = $1 AND status = 'CUSTOMER_REPLY' ORDER BY "lastReplyAt" DESC LIMIT 1`),
      contactId: await first(`SELECT id FROM "Contact" WHERE "accountId" = $1 ORDER BY "createdAt" LIMIT 1`),
    };
    let previousPreload: string | null = null;
    if (database.embedded) {
      const current = (await client.query<{ shared_preload_libraries: string }>("SHOW shared_preload_libraries")).rows[0]!.shared_preload_libraries;
      if (!current.includes("pg_stat_statements")) {
        await client.query(`ALTER SYSTEM SET shared_preload_libraries = '${[current, "pg_stat_statements"].filter(Boolean).join(",")}'`);
        previousPreload = current;
      }
    }
    return { targets, previousPreload };
  } finally {
    await client.end();
    await database.stop();
  }
}

/** Puts the preload list back as it was (from the next start on), when the bench added pg_stat_statements. */
export async function restorePreload(serverUrl: string, previous: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(previous ? `ALTER SYSTEM SET shared_preload_libraries = '${previous}'` : "ALTER SYSTEM RESET shared_preload_libraries");
  } finally {
    await client.end();
  }
}
