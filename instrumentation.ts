const DEFAULT_OUTBOX_INTERVAL_MS = 5_000;

/**
 * Called once when a Next.js server starts. Starts the email outbox's periodic sender (and
 * registers its stop with the server's graceful shutdown, lib/lifecycle/shutdown.ts) in
 * the Node.js runtime (never in the Edge runtime, which has no sockets for SMTP or pg).
 * The import is dynamic so the Edge bundle does not pull in nodemailer and the database.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { outboxShutdownStep, startOutboxWorker } = await import("./lib/email/outbox-worker");
  const { logger } = await import("./lib/observability/logger");
  const { registerShutdownStep } = await import("./lib/lifecycle/shutdown");
  const worker = startOutboxWorker({ intervalMs: outboxIntervalMs(logger) });
  // On SIGTERM (scripts/lib/app-server.ts): the batch being sent finishes, then the sender stops.
  registerShutdownStep(outboxShutdownStep(worker));
}

function outboxIntervalMs(logger: { error(fields: object, message: string): void }): number {
  const raw = process.env.OUTBOX_INTERVAL_MS;
  if (!raw) return DEFAULT_OUTBOX_INTERVAL_MS;
  const value = Number(raw);
  if (Number.isFinite(value) && value > 0) return value;
  // A typo must not turn into setInterval(NaN), which fires every millisecond.
  logger.error({ OUTBOX_INTERVAL_MS: raw, using: DEFAULT_OUTBOX_INTERVAL_MS }, "OUTBOX_INTERVAL_MS is not a positive number");
  return DEFAULT_OUTBOX_INTERVAL_MS;
}
