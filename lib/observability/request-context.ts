import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the request log line knows about the request beyond its URL. scripts/lib/app-server.ts opens
 * one per request and hands the request to Next inside it; app code that learns who is asking
 * (the session, the account) fills it in, and scripts/lib/app-server.ts reads it when the response ends.
 * Kept on globalThis: app-server.ts (tsx) and the bundled app are two module instances.
 */
export type RequestContext = { requestId: string; userId?: string; accountId?: string };

const globals = globalThis as unknown as { __clientAreaRequestContext?: AsyncLocalStorage<RequestContext> };

export const requestContext: AsyncLocalStorage<RequestContext> = (globals.__clientAreaRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Adds what is now known about the current request (outside a request, nothing happens). */
export function annotateRequest(fields: Pick<RequestContext, "userId" | "accountId">): void {
  const context = requestContext.getStore();
  if (!context) return;
  if (fields.userId) context.userId = fields.userId;
  if (fields.accountId) context.accountId = fields.accountId;
}

/** An incoming X-Request-Id is kept when it is a sane token (a proxy's or a load balancer's id), else one is made. */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(incoming: string | string[] | undefined, make: () => string): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && VALID_REQUEST_ID.test(value) ? value : make();
}
