import "server-only";
import { deliverPendingEmails, stopOutboxDelivery } from "./outbox";
import { smtpTransport } from "./transport";
import { logger } from "@/lib/observability/logger";
import type { ShutdownStep } from "@/lib/lifecycle/shutdown";

export type OutboxWorker = {
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
};

// instrumentation.ts and the route handlers are separate module instances in Next, and
// register() may run again after a dev reload: one worker per process, kept on globalThis.
const globals = globalThis as unknown as { __clientAreaOutboxWorker?: OutboxWorker };

/**
 * The periodic sender: every `intervalMs` it delivers what is due in the outbox (retries
 * whose backoff ran out, rows whose deliverSoon() never ran because the process stopped,
 * claims of a crashed sender). Without SMTP_URL there is nothing to send and no worker.
 * Runs never overlap: a slow SMTP server delays the next run instead of stacking runs.
 */
export function startOutboxWorker({ intervalMs }: { intervalMs: number }): OutboxWorker | null {
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError(`outbox interval must be a positive number of milliseconds, got ${intervalMs}`);
  if (!smtpTransport()) return null;
  if (globals.__clientAreaOutboxWorker) return globals.__clientAreaOutboxWorker;

  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = deliverPendingEmails()
      .then((report) => {
        if (report.failed > 0) logger.error({ failed: report.failed }, "email outbox: emails failed for good; see EmailMessage.lastError");
      })
      // A database or network hiccup must not stop the timer or crash the server: the next run tries again.
      .catch((error: unknown) => logger.error({ err: error }, "email outbox run failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  // The timer alone must not keep the process alive (scripts, tests, a server shutting down).
  timer.unref();

  const worker: OutboxWorker = {
    async stop() {
      clearInterval(timer);
      if (globals.__clientAreaOutboxWorker === worker) delete globals.__clientAreaOutboxWorker;
      await running;
    },
  };
  globals.__clientAreaOutboxWorker = worker;
  return worker;
}

/**
 * The server's shutdown step for email (instrumentation.ts registers it): no new batch is
 * claimed, by this worker or by a deliverSoon() after a request; the batch being sent
 * finishes; the worker's timer stops. What is left stays PENDING for the next start.
 */
export function outboxShutdownStep(worker: OutboxWorker | null): ShutdownStep {
  return {
    name: "email outbox",
    phase: "work",
    run: async () => {
      await stopOutboxDelivery();
      await worker?.stop();
    },
  };
}
