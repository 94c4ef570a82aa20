import type { Window } from "./load";
import type { BenchPage } from "./pages";

export type SqlFigures = { perRequest: number; top: { query: string; calls: number; meanMs: number; totalMs: number } | null; requests: number };
export type PageResult = { page: BenchPage; windows: Window[]; sql: SqlFigures | null; bytes: number };

function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]! : NaN;
}

export function summarize(result: PageResult) {
  return summarizeWindows(result.windows);
}

/** Requests per second, p50 and p99 over every window together, and what failed. */
export function summarizeWindows(windows: Window[]) {
  const latencies = windows.flatMap((w) => w.latenciesMs).sort((a, b) => a - b);
  const seconds = windows.reduce((sum, w) => sum + w.seconds, 0);
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    responses: latencies.length,
    failures: windows.reduce((sum, w) => sum + w.non2xx + w.errors + w.timeouts, 0),
  };
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "-");

/** The results as a Markdown table (readable in a terminal, pasteable into an issue). */
export function resultsTable(results: PageResult[], bare: PageResult): string {
  const base = summarize(bare);
  const header = ["page", "req/s", "p50 ms", "p99 ms", "non-2xx", "share of bare", "p99 vs bare", "SQL/req", "KB"];
  const rows = results.map((result) => {
    const s = summarize(result);
    return [
      result.page.name,
      fixed(s.rps, 1),
      fixed(s.p50, 0),
      fixed(s.p99, 0),
      `${s.failures}/${s.responses}`,
      fixed(s.rps / base.rps, 2),
      `${fixed(s.p99 / base.p99, 1)}x`,
      result.sql ? fixed(result.sql.perRequest, 1) : "n/a",
      fixed(result.bytes / 1024, 0),
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** Per page, the statement that took the most database time while its SQL was counted. */
export function slowestStatements(results: PageResult[]): string {
  return results
    .filter((result) => result.sql?.top)
    .map((result) => {
      const top = result.sql!.top!;
      return `  ${result.page.name.padEnd(26)} ${fixed(top.meanMs, 2).padStart(7)} ms x ${fixed(top.calls / result.sql!.requests, 1)}/req  ${top.query.slice(0, 150)}`;
    })
    .join("\n");
}
