import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { RouteMatcher } from "../http/route-patterns";
import { observeHttpRequest } from "./metrics";
import { requestIdFrom, type RequestContext } from "./request-context";

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * Starts watching one request in scripts/lib/app-server.ts: gives it a request id (a valid incoming
 * X-Request-Id, else a new UUID), puts that id on the request for the app and on the response
 * for the client, and when the response ends writes one log line and one metrics observation.
 * The line names the route's pattern, never the path: paths carry secrets of their own
 * (/reset-password/<token>, /invite/<token>), and query strings may too.
 * Returns the context to run the app in, which the app fills with the user and account.
 */
export function observeRequest(request: IncomingMessage, response: ServerResponse, options: { routeOf: RouteMatcher; logger: Logger }): RequestContext {
  const started = process.hrtime.bigint();
  const context: RequestContext = { requestId: requestIdFrom(request.headers[REQUEST_ID_HEADER], randomUUID) };
  request.headers[REQUEST_ID_HEADER] = context.requestId;
  response.setHeader(REQUEST_ID_HEADER, context.requestId);
  response.once("close", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = options.routeOf((request.url ?? "/").split("?")[0]!);
    // A response cut short (the client went away first) has no status of its own.
    const finished = response.writableFinished;
    const method = request.method ?? "OTHER";
    observeHttpRequest({ method, route, status: finished ? response.statusCode : 0, seconds });
    const line = {
      requestId: context.requestId,
      method,
      route,
      status: finished ? response.statusCode : null,
      aborted: finished ? undefined : true,
      durationMs: Math.round(seconds * 10_000) / 10,
      userId: context.userId,
      accountId: context.accountId,
    };
    if (finished && response.statusCode >= 500) options.logger.error(line, "request");
    else options.logger.info(line, "request");
  });
  return context;
}
