import "server-only";
import type { ShutdownStep } from "@/lib/lifecycle/shutdown";
import { logger } from "@/lib/observability/logger";
import { deliverDueWebhooks, resumeWebhookDelivery, stopWebhookDelivery, type WebhookDeliveryOptions } from "./deliver";

export type WebhookWorker = {
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
};

// instrumentation.ts and the route handlers are separate module instances in Next: one worker per process.
const globals = globalThis as unknown as { __clientAreaWebhookWorker?: WebhookWorker };

/**
 * The webhook sender: every `intervalMs` it sends the deliveries that are due (new ones
 * committed since the last run, retries whose backoff ran out, claims of a crashed sender).
 * Polling keeps the request that caused an event free of any work after its commit; an
 * indexed query a second is the cost. Runs never overlap.
 */
export function startWebhookWorker({ intervalMs, ...options }: { intervalMs: number } & WebhookDeliveryOptions): WebhookWorker {
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError(`webhook interval must be a positive number of milliseconds, got ${intervalMs}`);
  if (globals.__clientAreaWebhookWorker) return globals.__clientAreaWebhookWorker;
  resumeWebhookDelivery();

  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = deliverDueWebhooks(options)
      .then((report) => {
        if (report.failed > 0) logger.warn({ failed: report.failed }, "webhooks: deliveries failed for good; see the endpoint's delivery log");
      })
      // A database or network hiccup must not stop the timer or crash the server: the next run tries again.
      .catch((error: unknown) => logger.error({ err: error }, "webhook delivery run failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();

  const worker: WebhookWorker = {
    async stop() {
      clearInterval(timer);
      if (globals.__clientAreaWebhookWorker === worker) delete globals.__clientAreaWebhookWorker;
      await running;
    },
  };
  globals.__clientAreaWebhookWorker = worker;
  return worker;
}

/** The server's shutdown step: no new batch is claimed, the batch in hand is recorded, the timer stops. */
export function webhookShutdownStep(worker: WebhookWorker): ShutdownStep {
  return {
    name: "webhooks",
    phase: "work",
    run: async () => {
      await stopWebhookDelivery();
      await worker.stop();
    },
  };
}
