import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * The app's route patterns (`/accounts/[accountId]/invoices/[invoiceId]`), read from the
 * `app/` folder the way Next.js routes it, so the request metrics and logs of scripts/lib/app-server.ts
 * name a route by its pattern: a raw URL with ids would make one time series per invoice
 * (unbounded label cardinality) and put ids into every dashboard.
 */

const ROUTE_FILE = /^(page|route)\.(tsx|ts|jsx|js|mdx)$/;

/** The pattern a page or route handler file serves, or null when the file serves none. */
export function routePatternFromFile(relativePath: string): string | null {
  const parts = relativePath.split(/[\\/]/);
  const file = parts.pop();
  if (!file || !ROUTE_FILE.test(file)) return null;
  const segments: string[] = [];
  for (const part of parts) {
    // Private folders (_x) are not routable; intercepting routes are left out.
    if (part.startsWith("_") || part.startsWith("(.")) return null;
    // Route groups and parallel-route slots do not appear in the URL.
    if ((part.startsWith("(") && part.endsWith(")")) || part.startsWith("@")) continue;
    segments.push(part);
  }
  return `/${segments.join("/")}`;
}

/** Every pattern under an `app/` folder. */
export function listAppRoutes(appDir: string): string[] {
  const patterns = new Set<string>();
  for (const entry of readdirSync(appDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const pattern = routePatternFromFile(path.relative(appDir, path.join(entry.parentPath, entry.name)));
    if (pattern) patterns.add(pattern);
  }
  return [...patterns];
}

type Compiled = { pattern: string; regex: RegExp; rank: number[] };

// Static segments win over [param], which wins over [...catchAll], then [[...optional]].
function segmentRank(segment: string): number {
  if (segment.startsWith("[[...")) return 3;
  if (segment.startsWith("[...")) return 2;
  if (segment.startsWith("[")) return 1;
  return 0;
}

function compile(pattern: string): Compiled {
  const segments = pattern.split("/").filter(Boolean);
  let source = "";
  for (const segment of segments) {
    if (segment.startsWith("[[...")) source += "(?:/.*)?";
    else if (segment.startsWith("[...")) source += "/.+";
    else if (segment.startsWith("[")) source += "/[^/]+";
    else source += `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
  }
  return { pattern, regex: new RegExp(`^${source || "/"}/?$`), rank: segments.map(segmentRank) };
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

export type RouteMatcher = (pathname: string) => string;

/**
 * A function from a request path (no query) to its route pattern. Next's own files are one
 * label (`/_next`), and a path no route serves is `(unmatched)`: a scan of random URLs must
 * not grow the label set either.
 */
export function routeMatcher(patterns: string[]): RouteMatcher {
  const compiled = patterns.map(compile).sort((a, b) => compareRank(a.rank, b.rank));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next";
    return compiled.find((route) => route.regex.test(pathname))?.pattern ?? "(unmatched)";
  };
}
