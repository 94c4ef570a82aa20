const DEFAULT_OUTBOX_INTERVAL_MS = 5_000;
const DEFAULT_WEBHOOK_INTERVAL_MS = 1_000;
/** How often the job scheduler looks for due jobs: the frequent ones (after a payment) are due every 5 s. */
const DEFAULT_JOB_SCHEDULER_INTERVAL_MS = 5_000;

/**
 * Called once when a Next.js server starts. Starts the email outbox's periodic sender (and
 * registers its stop with the server's graceful shutdown, lib/lifecycle/shutdown.ts) in
 * the Node.js runtime (never in the Edge runtime, which has no sockets for SMTP or pg).
 * The import is dynamic so the Edge bundle does not pull in nodemailer and the database.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Wrong brand settings stop the start with the variable's name (the run command checks
  // them too; this covers a server started another way).
  const { brand } = await import("./lib/brand/brand");
  brand();
  const { outboxShutdownStep, startOutboxWorker } = await import("./lib/email/outbox-worker");
  const { logger } = await import("./lib/observability/logger");
  const { registerShutdownStep } = await import("./lib/lifecycle/shutdown");
  const worker = startOutboxWorker({ intervalMs: outboxIntervalMs(logger) });
  // On SIGTERM (scripts/lib/app-server.ts): the batch being sent finishes, then the sender stops.
  registerShutdownStep(outboxShutdownStep(worker));
  // The webhook sender, stopped the same way (lib/webhooks/worker.ts).
  const { startWebhookWorker, webhookShutdownStep } = await import("./lib/webhooks/worker");
  registerShutdownStep(webhookShutdownStep(startWebhookWorker({ intervalMs: intervalMs("WEBHOOK_INTERVAL_MS", DEFAULT_WEBHOOK_INTERVAL_MS, logger) })));
  // The scheduled jobs (recurring billing and what follows a payment, lib/jobs/registry.ts), less
  // those JOBS_DISABLED names (lib/jobs/enabled-jobs.ts; the e2e server leaves the billing run out).
  const { jobSchedulerShutdownStep, startJobScheduler } = await import("./lib/jobs/scheduler");
  const { enabledJobs } = await import("./lib/jobs/enabled-jobs");
  const { JOBS } = await import("./lib/jobs/registry");
  const jobs = enabledJobs(JOBS, process.env.JOBS_DISABLED);
  if (jobs.length) registerShutdownStep(jobSchedulerShutdownStep(startJobScheduler({ jobs, intervalMs: intervalMs("JOB_SCHEDULER_INTERVAL_MS", DEFAULT_JOB_SCHEDULER_INTERVAL_MS, logger) })));
}

function outboxIntervalMs(logger: { error(fields: object, message: string): void }): number {
  return intervalMs("OUTBOX_INTERVAL_MS", DEFAULT_OUTBOX_INTERVAL_MS, logger);
}

function intervalMs(name: string, fallback: number, logger: { error(fields: object, message: string): void }): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (Number.isFinite(value) && value > 0) return value;
  // A typo must not turn into setInterval(NaN), which fires every millisecond.
  logger.error({ [name]: raw, using: fallback }, `${name} is not a positive number`);
  return fallback;
}
