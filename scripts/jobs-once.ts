/**
 * `npm run jobs:once`: runs every scheduled job that is due once (lib/jobs/registry.ts), prints
 * what each did, and exits; for tests and for a person trying recurring billing locally. Uses
 * the run command's database (DATABASE_URL, else the embedded PostgreSQL in .data/).
 *
 *   npm run jobs:once                       jobs due now
 *   npm run jobs:once -- --all              every job, due or not (one held by a running server is still skipped)
 *   npm run jobs:once -- --now 2027-01-15T09:00:00Z    with the clock set there (try a month ahead)
 *   npm run jobs:once -- --only invoice-due-services   one job
 *   npm run jobs:once -- --json             the runs as JSON on stdout (tests read it)
 *
 * Exits 1 when a job failed.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { demoDataPresent, seedInChildProcess } from "./lib/demo-data";
import { pendingMigrations } from "./lib/pending-migrations";
import { runPrisma } from "./lib/prisma-cli";
import { openRunDatabase, runDataDir } from "./lib/run-database";

const ROOT = path.resolve(import.meta.dirname, "..");
if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

const { values } = parseArgs({ options: { all: { type: "boolean", default: false }, now: { type: "string" }, only: { type: "string", multiple: true }, json: { type: "boolean", default: false } } });

function fixedClock(raw: string | undefined): (() => Date) | undefined {
  if (!raw) return undefined;
  const at = new Date(raw);
  if (Number.isNaN(at.getTime())) throw new Error(`--now is not a date: "${raw}" (use ISO 8601, such as 2027-01-15T09:00:00Z)`);
  return () => at;
}

/**
 * The secret the local server signs with (scripts/run.ts keeps it in .data/nextauth-secret):
 * the emails the jobs write carry unsubscribe links signed with it, which that server must accept.
 */
function localSecret(): string {
  const dir = runDataDir();
  const file = path.join(dir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main(): Promise<number> {
  process.env.NEXTAUTH_SECRET ??= localSecret();
  const now = fixedClock(values.now);
  const database = await openRunDatabase();
  process.env.DATABASE_URL = database.url;
  // As the run command prepares it: a fresh checkout gets its schema and, embedded, the demo data to bill.
  if ((await pendingMigrations(database.url)).length > 0) runPrisma(["migrate", "deploy"]);
  if (database.embedded && !(await demoDataPresent(database.url))) seedInChildProcess(database.url);
  // Imported only now: lib/db.ts makes its pool from DATABASE_URL when first imported.
  const { JOBS } = await import("../lib/jobs/registry");
  const { runDueJobs } = await import("../lib/jobs/run-due-jobs");
  const { closeDatabase } = await import("../lib/db");
  const { deliverPendingEmails } = await import("../lib/email/outbox");
  try {
    const unknown = (values.only ?? []).filter((name) => !JOBS.some((job) => job.name === name));
    if (unknown.length) throw new Error(`no job named ${unknown.join(", ")} (jobs: ${JOBS.map((job) => job.name).join(", ")})`);
    const jobs = values.only ? JOBS.filter((job) => values.only!.includes(job.name)) : JOBS;
    const runs = await runDueJobs({ jobs, now, force: values.all });
    // The emails the jobs queued go out before the process ends (with SMTP; without, they stay captured for the dev mailbox).
    await deliverPendingEmails();
    if (values.json) console.log(JSON.stringify(runs));
    else {
      console.log(`jobs (${database.description}${values.now ? `, clock ${values.now}` : ""}):`);
      for (const run of runs) {
        const what = run.status === "done" ? Object.entries(run.outcome).map(([key, count]) => `${key} ${count}`).join(", ") : run.status === "failed" ? `FAILED: ${run.error}` : "not due";
        console.log(`  ${run.name.padEnd(28)} ${what}${"ms" in run ? ` (${run.ms} ms)` : ""}`);
      }
    }
    return runs.some((run) => run.status === "failed") ? 1 : 0;
  } finally {
    await closeDatabase();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
