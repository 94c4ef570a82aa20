import { Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The process's Prometheus metrics. scripts/lib/app-server.ts (loaded by tsx) observes every request,
 * and the /api/metrics route (bundled by Next) reads them: two module instances in one
 * process, so the registry lives on globalThis and whichever loads first creates it.
 * No database access here: app-server.ts imports this outside Next's server bundle.
 */
export type AppMetrics = {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  poolConnections: Gauge<"pool" | "state">;
  poolWaiting: Gauge<"pool">;
  outboxPending: Gauge;
  outboxOldestPendingAge: Gauge;
};

const globals = globalThis as unknown as { __clientAreaMetrics?: AppMetrics };

function create(): AppMetrics {
  const registry = new Registry();
  // Memory, CPU, event-loop lag, handles: what an operator looks at first.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time from a request's arrival to its response's end, by route pattern (never the raw URL), method and status (aborted: the client left first).",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    poolConnections: new Gauge({
      name: "db_pool_connections",
      help: "Connections of the app's PostgreSQL pool (lib/db.ts): state total (open), idle, or max (the pool's size).",
      labelNames: ["pool", "state"],
      registers: [registry],
    }),
    poolWaiting: new Gauge({
      name: "db_pool_waiting_clients",
      help: "Queries waiting for a connection of the app's PostgreSQL pool.",
      labelNames: ["pool"],
      registers: [registry],
    }),
    outboxPending: new Gauge({
      name: "email_outbox_pending",
      help: "Emails in the outbox not yet sent (status PENDING, retries included).",
      registers: [registry],
    }),
    outboxOldestPendingAge: new Gauge({
      name: "email_outbox_oldest_pending_age_seconds",
      help: "Age of the oldest email not yet sent; 0 when none is pending.",
      registers: [registry],
    }),
  };
}

export function appMetrics(): AppMetrics {
  return (globals.__clientAreaMetrics ??= create());
}

export const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Records one finished request (status 0: cut short). An unusual method is one label, not one per spelling a client sends. */
export function observeHttpRequest(request: { method: string; route: string; status: number; seconds: number }): void {
  const method = HTTP_METHODS.has(request.method) ? request.method : "OTHER";
  appMetrics().httpDuration.observe({ method, route: request.route, status: request.status === 0 ? "aborted" : String(request.status) }, request.seconds);
}
