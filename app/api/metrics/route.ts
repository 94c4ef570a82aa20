import { refreshAppGauges } from "@/lib/observability/app-gauges";
import { metricsAccess } from "@/lib/observability/metrics-access";
import { appMetrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * Prometheus metrics for operators: request durations by route, the database pool, the email
 * outbox backlog, and the process's own (memory, CPU, event loop). Only with METRICS_TOKEN set
 * and sent as a bearer token; unset, the route does not exist (404).
 */
export async function GET(request: Request) {
  const access = metricsAccess(request.headers.get("authorization"));
  if (access === "disabled") return new Response("Not Found", { status: 404, headers: NO_STORE });
  if (access === "denied") return new Response("Unauthorized", { status: 401, headers: { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="metrics"' } });
  await refreshAppGauges();
  const { registry } = appMetrics();
  return new Response(await registry.metrics(), { headers: { ...NO_STORE, "Content-Type": registry.contentType } });
}
