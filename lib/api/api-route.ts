import "server-only";
import { z } from "zod";
import { clientIp } from "@/lib/http/client-info";
import { logger } from "@/lib/observability/logger";
import { networkAllows, parseBearer } from "./key-token";
import { useApiKey, type AuthenticatedKey } from "./keys";
import { ApiNotFound, fieldErrors, problem } from "./problem";
import { scopesAllow, type ApiScope } from "./scopes";

/** Requests per key per minute (API_RATE_PER_MINUTE); counted in PostgreSQL, so across instances. */
export function apiRatePerMinute(): number {
  return Number(process.env.API_RATE_PER_MINUTE) || 600;
}

type Handler<Params> = (context: { request: Request; key: AuthenticatedKey; params: Params }) => Promise<Response>;

/**
 * The door of every /api/v1 route: the key (Bearer token) from the database, its network
 * allow-list, its rate, then the route's scope; the handler's zod failures become 422 and
 * ApiNotFound 404; anything else is logged and answered 500 without its details. One line is
 * logged per request: key name, method, path, status, milliseconds (never the body).
 */
export function apiRoute<Params = Record<string, never>>(scope: ApiScope, handler: Handler<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const started = performance.now();
    let keyName = "-";
    const response = await (async () => {
      const bearer = parseBearer(request.headers.get("authorization"));
      const key = bearer && (await useApiKey(bearer.prefix, bearer.secretHash));
      if (!key) return problem("unauthorized", { headers: { "WWW-Authenticate": "Bearer" } });
      keyName = key.name;
      if (!networkAllows(key.allowedNetworks, clientIp(request.headers))) return problem("network-not-allowed");
      if (key.rateCount > apiRatePerMinute()) return problem("rate-limited", { headers: { "Retry-After": String(Math.max(1, key.windowEndsInSeconds)) } });
      if (!scopesAllow(key.scopes, scope)) return problem("missing-scope", { detail: `This request needs the scope ${scope}.` });
      try {
        return await handler({ request, key, params: await context.params });
      } catch (error) {
        if (error instanceof z.ZodError) return problem("invalid-input", { errors: fieldErrors(error) });
        if (error instanceof ApiNotFound) return problem("not-found");
        logger.error({ err: error, apiKey: keyName }, "api request failed");
        return problem("server-error");
      }
    })();
    // The server's request line has the route pattern, status and duration too; this one adds the key (API paths hold ids, never secrets).
    logger.info({ apiKey: keyName, method: request.method, path: new URL(request.url).pathname, status: response.status, durationMs: Math.round(performance.now() - started) }, "api request");
    return response;
  };
}

/** A JSON answer of the API. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}
