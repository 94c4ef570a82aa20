import "server-only";
import { logger } from "@/lib/observability/logger";
import { claimJob, releaseJob } from "./job-claims";
import type { JobDefinition, JobOutcome } from "./types";

export type JobRun = { name: string; status: "done"; outcome: JobOutcome; ms: number } | { name: string; status: "failed"; error: string; ms: number } | { name: string; status: "not due" };

/**
 * Runs each job of `jobs` that is due at `now` and that this process could claim, one after the
 * other in the list's order (fulfilment before billing before reminders, so a run sees what the
 * one before it did). A job that throws is recorded as failed and the others still run; it is due
 * again at its next tick. `now` is the clock given to the claims and to each job: the server
 * passes the real time, tests and `jobs:once --now` a moved one.
 */
export async function runDueJobs(options: { jobs: readonly JobDefinition[]; now?: () => Date; force?: boolean }): Promise<JobRun[]> {
  const clock = options.now ?? (() => new Date());
  const runs: JobRun[] = [];
  for (const job of options.jobs) {
    const now = clock();
    if (!(await claimJob({ name: job.name, everyMs: job.everyMs, now, force: options.force }))) {
      runs.push({ name: job.name, status: "not due" });
      continue;
    }
    const started = performance.now();
    try {
      const outcome = await job.run(now);
      const ms = Math.round(performance.now() - started);
      await releaseJob({ name: job.name, finishedAt: clock(), outcome: { ...outcome, ms }, error: null });
      runs.push({ name: job.name, status: "done", outcome, ms });
    } catch (error) {
      const ms = Math.round(performance.now() - started);
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ err: error, job: job.name }, "scheduled job failed");
      await releaseJob({ name: job.name, finishedAt: clock(), outcome: null, error: message.slice(0, 1000) }).catch((releaseError: unknown) =>
        logger.error({ err: releaseError, job: job.name }, "scheduled job could not be released; its lease runs out instead"),
      );
      runs.push({ name: job.name, status: "failed", error: message, ms });
    }
  }
  return runs;
}
