import { expect } from "vitest";

/**
 * Calls a provider API route handler (app/api/v1/…) as Next calls it: a Request with the
 * Bearer key, a JSON body, and the path parameters. The client address arrives in the header
 * the app's server writes (CLIENT_IP_HEADER).
 */
type RouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export type ApiCall = { token: string; path: string; params?: object; body?: unknown; headers?: Record<string, string> };

export async function callApi(handler: RouteHandler, method: string, { token, path, params = {}, body, headers = {} }: ApiCall) {
  const requestHeaders = new Headers({ [process.env.CLIENT_IP_HEADER ?? "x-test-client-ip"]: "203.0.113.9", authorization: `Bearer ${token}`, ...headers });
  if (body !== undefined) requestHeaders.set("content-type", "application/json");
  const request = new Request(`http://localhost/api/v1${path}`, { method, headers: requestHeaders, body: body === undefined ? undefined : JSON.stringify(body) });
  const response = await handler(request, { params: Promise.resolve(params) as Promise<never> });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown> & { errors?: { field: string; message: string }[]; detail?: string; type?: string }) : null };
}

/** The fields a 422 problem names. */
export function invalidFields(answer: Awaited<ReturnType<typeof callApi>>): string[] {
  expect(answer.status).toBe(422);
  return (answer.body?.errors ?? []).map((error) => error.field);
}
