/**
 * `npm run prune`: deletes what the app no longer keeps (lib/maintenance/retention.ts) from
 * the run command's database (DATABASE_URL, else the embedded PostgreSQL in .data/, reused
 * while the app runs) and prints what it removed per kind. Meant for a daily timer
 * (see "Retention" in the README); a run that finds another one in progress skips and exits 0.
 * Periods: RETENTION_SESSION_DAYS, RETENTION_SECURITY_EVENT_DAYS, RETENTION_EMAIL_DAYS.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openRunDatabase } from "./lib/run-database";

const ROOT = path.resolve(import.meta.dirname, "..");
if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

async function main(): Promise<void> {
  const database = await openRunDatabase();
  process.env.DATABASE_URL = database.url;
  // Imported only now: lib/db.ts makes its pool from DATABASE_URL when first imported.
  const { pruneAll, retentionPolicyFromEnv } = await import("../lib/maintenance/retention");
  const { closeDatabase } = await import("../lib/db");
  try {
    const policy = retentionPolicyFromEnv();
    const started = performance.now();
    const report = await pruneAll({ policy });
    if (report.skipped) {
      console.log("prune: another run holds the lock; nothing done");
      return;
    }
    console.log(`prune (${database.description}; sessions ${policy.sessionDays} d, security events ${policy.securityEventDays} d, emails ${policy.emailDays} d):`);
    for (const [kind, count] of Object.entries(report.removed)) console.log(`  ${kind.padEnd(18)} ${count.toLocaleString("en")} removed`);
    console.log(`  took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await closeDatabase();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
