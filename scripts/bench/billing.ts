/**
 * `npm run bench:billing [-- --scale 0.1] [--data /tmp/dir]`: how long the daily billing run
 * takes on the large data set (scripts/seed-large: at scale 1, 20,000 accounts, 100,000
 * services, 50,000 domains, 1,000,000 invoices), on a fresh embedded PostgreSQL. Prints each
 * job's time and counts and the total; asserts nothing. Emails stay CAPTURED (no SMTP), the PDF
 * of each new invoice is built as in production.
 *
 * The seed's due dates are not a steady state (a first run would invoice every service whose
 * date has passed, a catch-up done once), so before the runs the services' next due dates are
 * spread over one billing cycle starting 13 days after the clock: the run at the clock then
 * invoices one day's share, as a daily run does. Two runs are timed:
 *   day 1: the day's invoicing, reminders for the seed's unpaid invoices;
 *   day 2 (the clock a day later): the day's invoicing again, with most of day 1's invoices
 *          made overdue past the suspension limit (their due date moved back 8 days) and a tenth
 *          marked paid, so suspension and the paid-period job have their daily share of work.
 * With --data the database is kept in that folder and loaded once (later runs reuse it; the
 * runs themselves then start from where the last bench left it: use a fresh folder to compare).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/embedded-postgres";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DAY_MS = 24 * 60 * 60 * 1000;
const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, data: { type: "string" } } });

const dataDir = values.data ?? `/tmp/client-area-bench-billing-${randomBytes(4).toString("hex")}`;
const reuse = !!values.data && existsSync(path.join(dataDir, "PG_VERSION"));
const postgres = await startEmbeddedPostgres({ dataDir });
try {
  await ensureDatabase(postgres.serverUrl, "bench");
  const databaseUrl = postgres.databaseUrl("bench");
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" };
  if (!reuse) {
    const loadStarted = performance.now();
    const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed-large/index.ts", "--scale", values.scale!], { cwd: ROOT, env, stdio: "inherit" });
    if (seeded.status !== 0) throw new Error(`seed:large failed (exit ${seeded.status})`);
    console.log(`large data set loaded at scale ${values.scale} in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s\n`);
  }
  process.env.DATABASE_URL = databaseUrl;
  process.env.LOG_LEVEL ??= "warn";
  // Unsubscribe links in the emails are signed; any key will do for a measurement.
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

  // Imported after DATABASE_URL is set: lib/db.ts reads it once.
  const { db, closeDatabase } = await import("../../lib/db");
  const { JOBS } = await import("../../lib/jobs/registry");

  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const counts = await db.$queryRaw<{ accounts: bigint; services: bigint; domains: bigint; invoices: bigint }[]>`
    SELECT (SELECT count(*) FROM "ClientAccount") AS accounts, (SELECT count(*) FROM "Service") AS services,
           (SELECT count(*) FROM "Domain") AS domains, (SELECT count(*) FROM "Invoice") AS invoices`;
  const sizes = counts[0]!;
  console.log(`data: ${sizes.accounts} accounts, ${sizes.services} services, ${sizes.domains} domains, ${sizes.invoices} invoices`);

  // Steady state: each service's next due date somewhere in its cycle, from 13 days after the clock on.
  const spread = await db.$executeRaw`
    UPDATE "Service" SET "nextDueAt" = ${new Date(now.getTime() + 13 * DAY_MS)}::timestamp
      + make_interval(secs => (abs(hashtext(id::text)) % (CASE "billingCycle" WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'SEMIANNUAL' THEN 6 WHEN 'ANNUAL' THEN 12 ELSE 24 END * 2629800))::double precision)
    WHERE status <> 'CANCELLED'`;
  await db.$executeRawUnsafe(`ANALYZE "Service"`);
  console.log(`spread ${spread} services' next due dates over their cycle\n`);

  async function dailyRun(label: string, clock: Date) {
    console.log(`${label} (clock ${clock.toISOString()}):`);
    let total = 0;
    for (const job of JOBS) {
      const started = performance.now();
      const outcome = await job.run(clock);
      const ms = performance.now() - started;
      total += ms;
      console.log(`  ${job.name.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(8)} s   ${Object.entries(outcome).map(([key, count]) => `${key} ${count}`).join(", ")}`);
    }
    console.log(`  ${"total".padEnd(28)} ${(total / 1000).toFixed(2).padStart(8)} s\n`);
  }

  await dailyRun("day 1", now);

  // Day 1's invoices: nine in ten left unpaid past the suspension limit, one in ten paid.
  const issuedToday = await db.invoice.findMany({ where: { status: "UNPAID", issuedAt: now, lines: { some: { purpose: "SERVICE_PERIOD" } } }, select: { id: true } });
  const paid = issuedToday.filter((_, index) => index % 10 === 0).map((invoice) => invoice.id);
  const overdue = issuedToday.filter((_, index) => index % 10 !== 0).map((invoice) => invoice.id);
  await db.invoice.updateMany({ where: { id: { in: paid } }, data: { status: "PAID", paidAt: now } });
  await db.$executeRaw`UPDATE "Invoice" SET "dueAt" = ${new Date(now.getTime() - 7 * DAY_MS)}::timestamp WHERE id = ANY(${overdue}::uuid[])`;
  console.log(`of day 1's ${issuedToday.length} invoices: ${paid.length} marked paid, ${overdue.length} made overdue by 8 days on day 2\n`);

  await dailyRun("day 2", new Date(now.getTime() + DAY_MS));
  await closeDatabase();
} finally {
  await postgres.stop();
  if (!values.data) rmSync(dataDir, { recursive: true, force: true });
}
