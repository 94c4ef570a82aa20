import { NextResponse, type NextRequest } from "next/server";
import { apiRefusal, apiUnavailable, isApiPath } from "@/lib/api/proxy-refusal";
import { isDatabaseReachable } from "@/lib/db-health";
import { refuseUnsafeRequest } from "@/lib/http/request-guards";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { brand } from "@/lib/brand/brand";
import { logoOrigin } from "@/lib/brand/brand-config";
import { unavailableResponse } from "@/lib/unavailable-page";

/**
 * Runs before every page and action. It refuses forged cross-site and oversized requests
 * (lib/http/request-guards.ts), answers 503 while the database is unreachable
 * (every page needs it), sets the Content-Security-Policy with a fresh nonce, and passes the
 * requested path on, so a page behind sign-in can send the visitor to /sign-in and back.
 * It does not authorize: pages and actions do that themselves, from the database.
 */
export async function proxy(request: NextRequest) {
  const refusal = refuseUnsafeRequest({
    method: request.method,
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
    contentLength: request.headers.get("content-length"),
    transferEncoding: request.headers.get("transfer-encoding"),
  });
  const api = isApiPath(request.nextUrl.pathname);
  if (refusal && api) return apiRefusal(refusal);
  if (refusal) return new NextResponse(refusal.reason, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const logo = logoOrigin(brand());
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", imageOrigins: logo ? [logo] : [] });

  if (!(await isDatabaseReachable())) {
    if (api) return apiUnavailable();
    const response = unavailableResponse(request.headers.get("accept-language"));
    response.headers.set("Content-Security-Policy", csp);
    return response;
  }

  const headers = new Headers(request.headers);
  headers.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/metrics).*)"],
};
