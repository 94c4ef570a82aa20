import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A runner that took a job and died gives it back after this long: longer than the slowest run (the daily billing run on the large data set, npm run bench:billing), so a slow run is never taken over. */
export const JOB_LEASE_MS = 2 * 60 * 60_000;

/**
 * Takes `name` for one run if it is due at `now` and nobody holds it: a single conditional
 * UPDATE, so of any number of instances one gets it per tick. The next run is set to
 * now + everyMs, from the clock of this run, not from the tick it missed: a scheduler stopped
 * for a day finds the row due once and runs it once, not once per missed tick. With `force`
 * (jobs:once --all) the due date is ignored but a job another runner holds is still left alone.
 */
export async function claimJob(options: { name: string; everyMs: number; now: Date; force?: boolean }): Promise<boolean> {
  const { name, everyMs, now, force = false } = options;
  const nextRunAt = new Date(now.getTime() + everyMs);
  const leaseUntil = new Date(now.getTime() + JOB_LEASE_MS);
  // The row exists from a job's first run on; made due at once.
  await db.jobSchedule.createMany({ data: [{ name, nextRunAt: now }], skipDuplicates: true });
  const claimed = await db.$executeRaw`
    UPDATE "JobSchedule" SET "nextRunAt" = ${nextRunAt}, "leaseUntil" = ${leaseUntil}, "lastStartedAt" = ${now}
    WHERE name = ${name} AND (${force} OR "nextRunAt" <= ${now}) AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${now})`;
  return claimed === 1;
}

/** Gives the job back after its run, with what it did or why it failed. */
export async function releaseJob(options: { name: string; finishedAt: Date; outcome: Prisma.InputJsonObject | null; error: string | null }): Promise<void> {
  await db.jobSchedule.update({
    where: { name: options.name },
    data: { leaseUntil: null, lastFinishedAt: options.finishedAt, lastOutcome: options.outcome ?? undefined, lastError: options.error },
  });
}
