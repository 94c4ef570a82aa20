import { z } from "zod";

/**
 * The API's errors as RFC 9457 problem documents. `type` is stable (integrators branch on
 * it); `title` is for a person reading a log; `errors` names each invalid field. The API is
 * for the provider's developers, so its texts are English, like its field names.
 */
export const PROBLEMS = {
  "malformed-body": { status: 400, title: "The request's body is not valid JSON." },
  "cross-site": { status: 403, title: "A request from another site's page is refused; call the API from a server." },
  "length-required": { status: 411, title: "The request's body must declare its length (Content-Length)." },
  unauthorized: { status: 401, title: "A valid API key is required." },
  "network-not-allowed": { status: 403, title: "This key may not be used from this address." },
  "missing-scope": { status: 403, title: "This key does not have the scope this request needs." },
  "not-found": { status: 404, title: "There is no such resource." },
  conflict: { status: 409, title: "The resource is not in a state that allows this." },
  "idempotency-in-progress": { status: 409, title: "A request with this Idempotency-Key is still running; retry shortly." },
  "body-too-large": { status: 413, title: "The request's body is larger than 1 MB." },
  "unsupported-media-type": { status: 415, title: "The request's body must be JSON (Content-Type: application/json)." },
  "invalid-input": { status: 422, title: "The request is not valid." },
  "idempotency-key-reused": { status: 422, title: "This Idempotency-Key was used with another request." },
  "rate-limited": { status: 429, title: "Too many requests with this key; try again later." },
  "server-error": { status: 500, title: "The request failed on the server." },
  unavailable: { status: 503, title: "The service is briefly unavailable; retry after the time in Retry-After." },
} as const;
export type ProblemType = keyof typeof PROBLEMS;

export const PROBLEM_TYPE_BASE = "urn:client-area:problem:";

export type FieldError = { field: string; message: string };

export function problem(type: ProblemType, extra: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {}): Response {
  const { status, title } = PROBLEMS[type];
  const body = { type: `${PROBLEM_TYPE_BASE}${type}`, title, status, ...(extra.detail ? { detail: extra.detail } : {}), ...(extra.errors ? { errors: extra.errors } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...extra.headers } });
}

/** A zod failure as the problem's `errors`: one entry per field, by its path ("address.city"), or "" for the whole input. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    // An unknown field is named itself ("address.colour"), not its parent object.
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ field: [...issue.path, key].join("."), message: "Unknown field." }));
    return [{ field: issue.path.join("."), message: issue.message }];
  });
}

/** Thrown by a handler for an id that is not there (or not the key's to see): answered 404. */
export class ApiNotFound extends Error {
  constructor() {
    super("not found");
  }
}

/** Thrown by a handler when the resource's state does not allow the request (closing a closed account): answered 409 with the detail. */
export class ApiConflict extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}
