import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { routeMatcher } from "@/lib/http/route-patterns";
import { createLogger } from "@/lib/observability/logger";
import { observeRequest } from "@/lib/observability/observe-request";
import { annotateRequest, requestContext } from "@/lib/observability/request-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = undefined;
});

/** A server wired as scripts/lib/app-server.ts wires Next: every request observed, the app run inside its context. */
async function serve(app: (url: string) => { status: number; userId?: string; accountId?: string }) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    }),
  );
  const routeOf = routeMatcher(["/reset-password/[token]", "/accounts/[accountId]/invoices"]);
  server = createServer((request, response) => {
    const context = observeRequest(request, response, { routeOf, logger });
    requestContext.run(context, () => {
      // As the session code does, later and asynchronously, while the request is handled.
      setImmediate(() => {
        const result = app(request.url ?? "/");
        annotateRequest({ userId: result.userId, accountId: result.accountId });
        response.statusCode = result.status;
        response.end(`seen ${request.headers["x-request-id"]}`);
      });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { base, lines };
}

describe("observeRequest", () => {
  it("keeps a valid incoming request id, hands it to the app and sends it back", async () => {
    const { base, lines } = await serve(() => ({ status: 200 }));
    const response = await fetch(`${base}/accounts/a1/invoices`, { headers: { "x-request-id": "lb-7f3a.42" } });
    expect(response.headers.get("x-request-id")).toBe("lb-7f3a.42");
    expect(await response.text()).toBe("seen lb-7f3a.42");
    await expect.poll(() => lines.length).toBe(1);
    expect(lines[0]).toMatchObject({ msg: "request", requestId: "lb-7f3a.42" });
  });

  it("makes an id when the incoming one is not a sane token", async () => {
    const { base } = await serve(() => ({ status: 200 }));
    const response = await fetch(`${base}/`, { headers: { "x-request-id": "<script>alert(1)</script>" } });
    expect(response.headers.get("x-request-id")).toMatch(UUID);
  });

  it("writes one line with method, route pattern, status, duration, user and account, and never the path", async () => {
    const { base, lines } = await serve((url) => (url.startsWith("/accounts") ? { status: 201, userId: "user-1", accountId: "account-9" } : { status: 200 }));
    await fetch(`${base}/accounts/0193a1b2-aaaa-7bbb-8ccc-123456789abc/invoices?filter=unpaid`, { method: "POST" });
    await fetch(`${base}/reset-password/secret-reset-token-123?x=1`);
    await expect.poll(() => lines.length).toBe(2);
    expect(lines[0]).toMatchObject({ method: "POST", route: "/accounts/[accountId]/invoices", status: 201, userId: "user-1", accountId: "account-9", level: "info" });
    expect(typeof lines[0]!.durationMs).toBe("number");
    expect(lines[1]).toMatchObject({ method: "GET", route: "/reset-password/[token]", status: 200 });
    expect(lines[1]).not.toHaveProperty("userId");
    const written = JSON.stringify(lines);
    expect(written).not.toContain("secret-reset-token-123");
    expect(written).not.toContain("0193a1b2-aaaa");
  });
});
