import "server-only";
import type { ShutdownStep } from "@/lib/lifecycle/shutdown";
import { logger } from "@/lib/observability/logger";
import { JOBS } from "./registry";
import { runDueJobs } from "./run-due-jobs";
import type { JobDefinition } from "./types";

export type JobScheduler = {
  /** Stops the timer and waits for the tick in progress (its jobs finish; nothing new is claimed). */
  stop(): Promise<void>;
};

// instrumentation.ts and the route handlers are separate module instances in Next: one scheduler per process.
const globals = globalThis as unknown as { __clientAreaJobScheduler?: JobScheduler };

/**
 * The server's scheduler: every `intervalMs` it runs the jobs that are due (lib/jobs/registry.ts).
 * Every instance runs one; the JobSchedule claims make each job run once per its interval
 * across all of them. Ticks never overlap: a long billing run delays the next tick instead of
 * stacking runs, and the frequent jobs wait behind it (they run after it, in the next tick).
 */
export function startJobScheduler({ intervalMs, jobs = JOBS }: { intervalMs: number; jobs?: readonly JobDefinition[] }): JobScheduler {
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError(`job scheduler interval must be a positive number of milliseconds, got ${intervalMs}`);
  if (globals.__clientAreaJobScheduler) return globals.__clientAreaJobScheduler;

  let stopping = false;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running || stopping) return;
    running = runDueJobs({ jobs })
      .then((runs) => {
        for (const run of runs) if (run.status === "done" && Object.values(run.outcome).some((count) => count > 0)) logger.info({ job: run.name, ...run.outcome, ms: run.ms }, "scheduled job ran");
      })
      // A database hiccup must not stop the timer or crash the server: the next tick tries again.
      .catch((error: unknown) => logger.error({ err: error }, "job scheduler tick failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  // The timer alone must not keep the process alive (scripts, tests, a server shutting down).
  timer.unref();

  const scheduler: JobScheduler = {
    async stop() {
      stopping = true;
      clearInterval(timer);
      if (globals.__clientAreaJobScheduler === scheduler) delete globals.__clientAreaJobScheduler;
      await running;
    },
  };
  globals.__clientAreaJobScheduler = scheduler;
  return scheduler;
}

/**
 * The server's shutdown step for scheduled jobs (instrumentation.ts registers it): the tick in
 * progress finishes its jobs (each commits per account or per row, so what is cut short is
 * picked up by the next run), then the timer stops. A job held when the process dies is given
 * back when its lease runs out.
 */
export function jobSchedulerShutdownStep(scheduler: JobScheduler): ShutdownStep {
  return { name: "job scheduler", phase: "work", run: () => scheduler.stop() };
}
