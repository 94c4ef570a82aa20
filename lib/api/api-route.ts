import "server-only";
import { z } from "zod";
import { UserError } from "@/lib/errors/user-error";
import { clientIp } from "@/lib/http/client-info";
import { logger } from "@/lib/observability/logger";
import { englishCatalog } from "./english";
import { requestFingerprint, runIdempotent } from "./idempotency";
import { networkAllows, parseBearer } from "./key-token";
import { useApiKey, type AuthenticatedKey } from "./keys";
import type { ApiOperation, OperationInput, OperationResult } from "./operation";
import { ApiConflict, ApiNotFound, fieldErrors, problem, type FieldError } from "./problem";
import { readJsonBody } from "./read-body";
import { scopesAllow, type ApiScope } from "./scopes";

/** Requests per key per minute (API_RATE_PER_MINUTE); counted in PostgreSQL, so across instances. */
export function apiRatePerMinute(): number {
  return Number(process.env.API_RATE_PER_MINUTE) || 600;
}

type RouteContext<Params> = { params: Promise<Params> };
type Handler<Params> = (context: { request: Request; key: AuthenticatedKey; params: Params }) => Promise<Response>;

/**
 * The door of every /api/v1 route: the key (Bearer token) from the database, its network
 * allow-list, its rate, then the route's scope; the handler's zod failures become 422,
 * ApiNotFound and a domain function's UserError("notFound") 404, ApiConflict and any other
 * UserError 409 (with the English message); anything else is logged and answered 500 without its details. One line is logged
 * per request: key name, method, path, status, milliseconds (never the body).
 */
export function apiRoute<Params = Record<string, never>>(scope: ApiScope, handler: Handler<Params>) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
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
        return errorResponse(error, keyName);
      }
    })();
    // The server's request line has the route pattern, status and duration too; this one adds the key (API paths hold ids, never secrets).
    logger.info({ apiKey: keyName, method: request.method, path: new URL(request.url).pathname, status: response.status, durationMs: Math.round(performance.now() - started) }, "api request");
    return response;
  };
}

/** The domain's schemas name their field messages by catalog key (`validation.*`): the API answers the English text. */
function inEnglish(error: FieldError): FieldError {
  const t = englishCatalog();
  const key = `validation.${error.message}`;
  return /^[A-Za-z]+$/.test(error.message) && t.has(key) ? { ...error, message: t(key) } : error;
}

function errorResponse(error: unknown, keyName: string): Response {
  if (error instanceof z.ZodError) return problem("invalid-input", { errors: fieldErrors(error).map(inEnglish) });
  if (error instanceof ApiNotFound) return problem("not-found");
  if (error instanceof ApiConflict) return problem("conflict", { detail: error.detail });
  // A domain function's "not found" (an id that is not there) is the API's 404, not a conflict.
  if (error instanceof UserError && error.code === "notFound") return problem("not-found");
  if (error instanceof UserError) {
    // The same typed failure a page shows its member, in the API's language.
    const t = englishCatalog();
    const key = `errors.${error.code}`;
    return problem("conflict", { detail: t.has(key) ? t(key, error.values) : error.code });
  }
  logger.error({ err: error, apiKey: keyName }, "api request failed");
  return problem("server-error");
}

type OperationHandler<Operation extends ApiOperation> = (
  context: OperationInput<Operation> & { request: Request; key: AuthenticatedKey },
) => Promise<OperationResult<Operation> | Response>;

/**
 * Binds an operation (lib/api/operations) to its handler: the door above, then the path
 * parameters (wrong shape: 404), the query and the JSON body, each parsed by the operation's
 * own zod schema (422 per field), the Idempotency-Key for creating POSTs, and the handler's
 * result answered as JSON with the operation's status. A handler may answer a Response of
 * its own (a PDF).
 */
export function apiOperation<Operation extends ApiOperation>(operation: Operation, handler: OperationHandler<Operation>) {
  return apiRoute<Record<string, string>>(operation.scope, async ({ request, key, params: rawParams }) => {
    const params = operation.params ? operation.params.safeParse(rawParams) : { success: true as const, data: {} };
    if (!params.success) return problem("not-found");
    const query = (operation.query ?? z.strictObject({})).parse(Object.fromEntries(new URL(request.url).searchParams));
    let body: unknown = undefined;
    if (operation.body) {
      const reading = await readJsonBody(request);
      if (!reading.ok) return problem(reading.problem);
      body = operation.body.parse(reading.value);
    }
    const input = { params: params.data, query, body } as OperationInput<Operation>;
    const run = async () => {
      try {
        const result = await handler({ ...input, request, key });
        return result instanceof Response ? result : json(result, operation.response.status);
      } catch (error) {
        return errorResponse(error, key.name);
      }
    };
    const idempotencyKey = operation.idempotent ? request.headers.get("idempotency-key") : null;
    if (idempotencyKey === null) return run();
    if (!idempotencyKey.trim() || idempotencyKey.length > 255) {
      return problem("invalid-input", { errors: [{ field: "Idempotency-Key", message: "The Idempotency-Key header has 1 to 255 characters." }] });
    }
    const fingerprint = requestFingerprint(operation.operationId, new URL(request.url).pathname, body);
    const outcome = await runIdempotent({ apiKeyId: key.id, key: idempotencyKey, fingerprint, create: run });
    if (outcome.kind === "other-request") return problem("idempotency-key-reused");
    if (outcome.kind === "still-running") return problem("idempotency-in-progress", { headers: { "Retry-After": "1" } });
    return outcome.response;
  });
}

/** A JSON answer of the API. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}
