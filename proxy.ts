import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseReachable } from "@/lib/db-health";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { unavailableResponse } from "@/lib/unavailable-page";

/**
 * Runs before every page and action. It answers 503 while the database is unreachable
 * (every page needs it), sets the Content-Security-Policy with a fresh nonce, and passes the
 * requested path on, so a page behind sign-in can send the visitor to /sign-in and back.
 * It does not authorize: pages and actions do that themselves, from the database.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });

  if (!(await isDatabaseReachable())) {
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
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health).*)"],
};
