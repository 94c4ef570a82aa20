import path from "node:path";
import { describe, expect, it } from "vitest";
import { listAppRoutes, routeMatcher, routePatternFromFile } from "@/lib/http/route-patterns";

describe("routePatternFromFile", () => {
  it("drops route groups and keeps dynamic segments as written", () => {
    expect(routePatternFromFile("(app)/accounts/[accountId]/invoices/[invoiceId]/page.tsx")).toBe("/accounts/[accountId]/invoices/[invoiceId]");
    expect(routePatternFromFile("api/metrics/route.ts")).toBe("/api/metrics");
    expect(routePatternFromFile("page.tsx")).toBe("/");
    expect(routePatternFromFile("(app)/layout.tsx")).toBeNull();
    expect(routePatternFromFile("_private/page.tsx")).toBeNull();
  });
});

describe("routeMatcher", () => {
  const match = routeMatcher(["/", "/accounts/[accountId]", "/accounts/[accountId]/invoices/[invoiceId]", "/accounts/new", "/api/auth/[...nextauth]", "/docs/[[...slug]]"]);

  it("names a request by its pattern, with no ids in it", () => {
    expect(match("/accounts/0193a1b2-aaaa-7bbb-8ccc-123456789abc/invoices/0193a1b2-dddd-7eee-8fff-123456789abc")).toBe("/accounts/[accountId]/invoices/[invoiceId]");
    expect(match("/accounts/42/")).toBe("/accounts/[accountId]");
    expect(match("/")).toBe("/");
    expect(match("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(match("/docs")).toBe("/docs/[[...slug]]");
    expect(match("/docs/a/b")).toBe("/docs/[[...slug]]");
  });

  it("prefers a static segment over a dynamic one", () => {
    expect(match("/accounts/new")).toBe("/accounts/new");
  });

  it("keeps the label set bounded for Next's files and unknown paths", () => {
    expect(match("/_next/static/chunks/abc123.js")).toBe("/_next");
    expect(match("/wp-login.php")).toBe("(unmatched)");
    expect(match("/accounts/1/invoices/2/extra")).toBe("(unmatched)");
  });
});

describe("listAppRoutes", () => {
  it("finds this app's pages and route handlers", () => {
    const routes = listAppRoutes(path.join(import.meta.dirname, "../../app"));
    expect(routes).toContain("/api/metrics");
    expect(routes).toContain("/accounts/[accountId]/invoices/[invoiceId]");
    expect(routes).toContain("/sign-in");
  });
});
