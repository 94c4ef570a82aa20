/**
 * The app's HTTP server: Next.js behind a plain Node server (Next's "custom server"), for one
 * reason. Next.js gives pages and actions no way to read the socket's address: it only fills
 * X-Forwarded-For with it when the client did not send that header itself. So this server
 * resolves the client's address before Next sees the request (the socket's, or a trusted
 * proxy's entry, lib/http/client-info.ts) and hands it on in a header whose name is random
 * per process, so that no client can send it.
 *
 * Usage: node --import tsx scripts/serve.ts dev|start  (scripts/run.ts starts it, with PORT)
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import path from "node:path";
import { CLIENT_IP_HEADER_ENV, resolveClientIp, trustedProxyHops } from "../lib/http/client-info";
import { listAppRoutes, routeMatcher } from "../lib/http/route-patterns";
import { logger } from "../lib/observability/logger";
import { observeRequest } from "../lib/observability/observe-request";
import { requestContext } from "../lib/observability/request-context";
import { createShutdown } from "../lib/lifecycle/shutdown";

const dev = process.argv[2] !== "start";
const port = Number(process.env.PORT ?? 3000);
// Next uses it only to name itself; the server listens on every interface, as `next start` does.
const hostname = "localhost";
const hops = trustedProxyHops();
const clientIpHeader = `x-client-ip-${randomBytes(8).toString("hex")}`;
process.env[CLIENT_IP_HEADER_ENV] = clientIpHeader;

// Every request is logged and measured here, the one place that sees them all in the
// production server (pages, actions, route handlers, Next's own files, the proxy's refusals);
// Next's proxy.ts never sees the response's status or end, and instrumentation.ts sees only
// errors. Requests are named by the route pattern they map to, not by their URL.
const routeOf = routeMatcher(listAppRoutes(path.join(import.meta.dirname, "../app")));

const app = next({ dev, dir: `${import.meta.dirname}/..`, hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
/** When shutdown began (0: serving). */
let shuttingDown = 0;
const server = createServer((request, response) => {
  const context = observeRequest(request, response, { routeOf, logger });
  // A request that arrives on a kept-alive connection during shutdown is served, and its
  // connection then closed, so the client opens its next one elsewhere.
  if (shuttingDown > 0) response.setHeader("connection", "close");
  const forwardedFor = request.headers["x-forwarded-for"];
  const ip = resolveClientIp({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
    hops,
  });
  if (ip) request.headers[clientIpHeader] = ip;
  else delete request.headers[clientIpHeader];
  // The app runs inside the request's context: the session code adds the user and account to it.
  requestContext.run(context, () => void handle(request, response));
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, () =>
  logger.info({ port, mode: dev ? "development" : "production", clientAddress: hops ? `X-Forwarded-For behind ${hops} proxy hop(s)` : "socket" }, "serving"),
);

// SIGTERM (systemd, a container runtime, scripts/run.ts) or SIGINT (Ctrl-C): no new
// connections, requests in flight finish (SHUTDOWN_TIMEOUT_MS, default 25 s: under the usual
// 30 s a container platform waits before SIGKILL), the email sender finishes its batch and
// stops, the database pools close, exit 0. Another Ctrl-C a second later exits at once. (One
// Ctrl-C brings SIGINT from the terminal and SIGTERM from scripts/run.ts together: one request.)
const shutdown = createShutdown({ server, timeoutMs: shutdownTimeoutMs(), logger, beforeSteps: () => app.close() });
const onSignal = (signal: NodeJS.Signals) => {
  if (shuttingDown > 0) {
    if (signal !== "SIGINT" || Date.now() - shuttingDown < 1_000) return;
    logger.warn({ signal }, "shutdown: second interrupt, exiting now");
    process.exit(1);
  }
  shuttingDown = Date.now();
  logger.info({ signal }, "shutdown: signal received");
  void shutdown().then(({ exitCode }) => process.exit(exitCode));
};
process.on("SIGTERM", onSignal);
process.on("SIGINT", onSignal);

function shutdownTimeoutMs(): number {
  const value = Number(process.env.SHUTDOWN_TIMEOUT_MS);
  if (Number.isFinite(value) && value > 0) return value;
  // The development server's hot-reload WebSockets never end by themselves: Ctrl-C must not wait 25 s for them.
  return dev ? 1_000 : 25_000;
}
