/**
 * `npm run seed:large [-- --scale 0.1]`: loads a real hosting provider's volume into the run
 * command's database (DATABASE_URL, else the embedded PostgreSQL in .data/), with set-based
 * SQL in one transaction, plus one large account owned by a demo user. It refuses to run on a
 * database that already holds the data: it is not idempotent, and a failed run leaves nothing.
 * See "Measuring at scale" in the README.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { demoGateway } from "../../lib/billing/gateways/demo-gateway";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_USERS } from "../../prisma/demo-users";
import { seedInChildProcess } from "../lib/demo-data";
import { runPrisma } from "../lib/prisma-cli";
import { openRunDatabase } from "../lib/run-database";
import { accounts, largeAccountExtras } from "./accounts";
import { HELPERS_SQL, type LoadContext, type LoadStep } from "./context";
import { activity, emails } from "./history";
import { invoices } from "./invoices";
import { users, sessions } from "./people";
import { GENERATED_EMAIL_DOMAIN, GENERATED_PASSWORD, LARGE_ACCOUNT, makePlan, parseScale } from "./plan";
import { printSummary } from "./summary";
import { services, domains } from "./services";
import { tickets } from "./support";

// In the order their rows refer to each other.
const STEPS: LoadStep[] = [users, accounts, largeAccountExtras, services, domains, invoices, tickets, activity, emails, sessions];

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function alreadyLoaded(client: pg.Client): Promise<boolean> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM "User" WHERE email LIKE $1 UNION ALL SELECT 1 FROM "ClientAccount" WHERE "legalName" = $2 LIMIT 1`,
    [`%@${GENERATED_EMAIL_DOMAIN}`, LARGE_ACCOUNT.legalName],
  );
  return !!rowCount;
}

async function load(client: pg.Client, context: Omit<LoadContext, "run">): Promise<Record<string, number>> {
  const run = async (text: string, values?: unknown[]) => {
    const started = performance.now();
    const result = await client.query(text, values);
    // Temp tables are never analyzed by autovacuum: without statistics the planner guesses badly on a million rows.
    const temp = /^\s*CREATE TEMP TABLE (\w+)/.exec(text)?.[1];
    if (temp) await client.query(`ANALYZE ${temp}`);
    if (process.env.SEED_LARGE_VERBOSE === "1") console.log(`    ${seconds(started).padStart(6)} s  ${text.trim().split("\n")[0]!.slice(0, 100)}`);
    return result.rowCount ?? 0;
  };
  const inserted: Record<string, number> = {};
  await client.query("BEGIN");
  try {
    // Timestamps are stored as UTC wall time (Prisma's DateTime); invoice years are UTC years.
    await client.query("SET LOCAL TimeZone = 'UTC'");
    await client.query("SET LOCAL work_mem = '256MB'");
    await client.query("SET LOCAL synchronous_commit = off");
    for (const statement of HELPERS_SQL) await client.query(statement);
    for (const step of STEPS) {
      const started = performance.now();
      const counts = await step.run({ ...context, run });
      for (const [table, rows] of Object.entries(counts)) inserted[table] = (inserted[table] ?? 0) + rows;
      console.log(`  ${step.name.padEnd(34)} ${seconds(started).padStart(6)} s  ${Object.entries(counts).map(([table, rows]) => `${table} ${rows.toLocaleString("en")}`).join(", ")}`);
    }
    const started = performance.now();
    await client.query("COMMIT");
    console.log(`  ${"commit".padEnd(34)} ${seconds(started).padStart(6)} s`);
    return inserted;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function main() {
  const startedAt = performance.now();
  const plan = makePlan(parseScale(process.argv.slice(2)));
  const database = await openRunDatabase();
  const client = new pg.Client({ connectionString: database.url });
  try {
    console.log(`seed:large at scale ${plan.scale} into ${database.description}`);
    runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: database.url });
    // The large account's owner is a demo user: the demo data comes first (it is idempotent).
    seedInChildProcess(database.url, "inherit");
    await client.connect();
    if (await alreadyLoaded(client)) {
      console.error(
        `The large data set is already loaded in this database (users @${GENERATED_EMAIL_DOMAIN} or the account "${LARGE_ACCOUNT.legalName}" exist).\n` +
          "seed:large is not idempotent and refuses to load it twice. To start again, stop the app and remove .data/postgres (or point DATABASE_URL at an empty database).",
      );
      process.exitCode = 1;
      return;
    }
    const owner = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [LARGE_ACCOUNT.ownerEmail]);
    const card = await demoGateway.tokenize({ number: "4242424242424242", expMonth: 8, expYear: 2030, cvc: "123", holderName: "Atlas Web Group Accounts" });
    if (!card.ok) throw new Error(`demo card refused: ${card.reason}`);
    const passwordHash = await hashPassword(GENERATED_PASSWORD);
    console.log(`Prepared (migrations, demo data, one bcrypt hash) in ${seconds(startedAt)} s. Loading in one transaction:`);

    const loadStarted = performance.now();
    const inserted = await load(client, { plan, largeOwnerId: owner.rows[0]!.id, passwordHash, largeCard: card.card });
    const loadSeconds = seconds(loadStarted);
    // A provider's database is vacuumed and analyzed; without it the planner and index-only scans would see a freshly bulk-loaded one.
    const vacuumStarted = performance.now();
    await client.query("VACUUM (ANALYZE)");
    console.log(`  ${"vacuum and analyze".padEnd(34)} ${seconds(vacuumStarted).padStart(6)} s`);

    const demoOwner = DEMO_USERS.find((user) => user.email === LARGE_ACCOUNT.ownerEmail)!;
    await printSummary(client, { inserted, loadSeconds, totalSeconds: seconds(startedAt), owner: demoOwner, generatedPassword: GENERATED_PASSWORD });
  } finally {
    await client.end().catch(() => {});
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
