import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseReachable } from "@/lib/db-health";
import { unavailableResponse } from "@/lib/unavailable-page";

/**
 * Runs before every page and action. It answers 503 while the database is unreachable
 * (every page needs it), and passes the requested path on, so a page behind sign-in can
 * send the visitor to /sign-in and back. It does not authorize: pages and actions do that
 * themselves, from the database.
 */
export async function proxy(request: NextRequest) {
  if (!(await isDatabaseReachable())) return unavailableResponse(request.headers.get("accept-language"));

  const headers = new Headers(request.headers);
  headers.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health).*)"],
};
