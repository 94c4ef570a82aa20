/**
 * Refusals the app answers before Next.js sees a request, with a plain 4xx and nothing in the
 * log. Next refuses these too, but as a 500 with a stack: a forged cross-site form post or an
 * oversized body is an expected attack, not a failure of the app.
 */

/** Next.js's own limit for a server action's body (its default, `serverActions.bodySizeLimit`). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type RequestFacts = {
  method: string;
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  contentLength: string | null;
  transferEncoding: string | null;
};

export type Refusal = { status: 403 | 411 | 413; reason: string };

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/**
 * A request that changes something is refused when:
 * - its Origin names another site (or "null", or nothing parseable): the same rule as Next's
 *   CSRF check for server actions, compared with the same host (X-Forwarded-Host, else Host).
 *   A request without Origin goes on to Next, which decides as before.
 * - its body is larger than a server action may take, or of a length it does not declare
 *   (every browser declares it for a form post).
 */
export function refuseUnsafeRequest(request: RequestFacts): Refusal | null {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (request.origin !== null) {
    const appHost = request.forwardedHost?.split(",")[0]?.trim() || request.host;
    if (!appHost || hostOf(request.origin) !== appHost) return { status: 403, reason: "Cross-site request refused." };
  }
  if (request.contentLength === null) {
    if (request.transferEncoding) return { status: 411, reason: "Length required." };
  } else {
    const length = Number(request.contentLength);
    if (!Number.isSafeInteger(length) || length < 0) return { status: 411, reason: "Length required." };
    if (length > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "Request too large." };
  }
  return null;
}
