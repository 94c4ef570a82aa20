import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { db } from "@/lib/db";
import { logger } from "@/lib/observability/logger";
import { observeHttpRequest } from "@/lib/observability/metrics";

const TOKEN = "metrics-test-token-0123456789";

function scrape(authorization?: string) {
  return GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));
}

/** The value of one sample line, e.g. `email_outbox_pending 2`. */
function sample(body: string, line: string): number {
  const found = body.split("\n").find((l) => l.startsWith(`${line} `));
  if (!found) throw new Error(`no sample ${line} in:\n${body}`);
  return Number(found.slice(line.length + 1));
}

afterEach(() => {
  delete process.env.METRICS_TOKEN;
});

describe("/api/metrics", () => {
  it("does not exist while METRICS_TOKEN is unset, whatever is sent", async () => {
    expect((await scrape()).status).toBe(404);
    expect((await scrape("Bearer anything")).status).toBe(404);
    expect((await scrape("Bearer ")).status).toBe(404);
  });

  it("answers 401 to a missing, wrong, or differently-shaped token", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    for (const authorization of [undefined, "Bearer wrong", `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN]) {
      const response = await scrape(authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(await response.text()).not.toContain("http_request_duration_seconds");
    }
  });

  it("gives the metrics in Prometheus text format with the right token", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    observeHttpRequest({ method: "GET", route: "/accounts/[accountId]/invoices/[invoiceId]", status: 200, seconds: 0.042 });
    const old = new Date(Date.now() - 120_000);
    await db.emailMessage.createMany({
      data: [
        { to: "a@example.test", subject: "s", html: "h", text: "t", redactedText: "t", template: "test", status: "PENDING", createdAt: old },
        { to: "b@example.test", subject: "s", html: "h", text: "t", redactedText: "t", template: "test", status: "PENDING" },
        { to: "c@example.test", subject: "s", html: "h", text: "t", redactedText: "t", template: "test", status: "SENT", createdAt: new Date(Date.now() - 86_400_000) },
      ],
    });

    const endpoint = await db.webhookEndpoint.create({ data: { url: "https://hooks.example.com/", events: ["ticket.opened"], secretSealed: "unused" } });
    await db.webhookDelivery.createMany({
      data: [
        { endpointId: endpoint.id, eventId: "msg_1", type: "ticket.opened", payload: {}, createdAt: new Date(Date.now() - 300_000) },
        { endpointId: endpoint.id, eventId: "msg_2", type: "ticket.opened", payload: {}, status: "DELIVERED", createdAt: new Date(Date.now() - 86_400_000) },
      ],
    });

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();

    for (const name of ["http_request_duration_seconds", "db_pool_connections", "db_pool_waiting_clients", "email_outbox_pending", "email_outbox_oldest_pending_age_seconds", "process_resident_memory_bytes"]) {
      expect(body).toContain(`# TYPE ${name} `);
    }
    // Labelled by the route's pattern, never by a URL with ids.
    expect(sample(body, 'http_request_duration_seconds_count{method="GET",route="/accounts/[accountId]/invoices/[invoiceId]",status="200"}')).toBe(1);
    expect(sample(body, "email_outbox_pending")).toBe(2);
    const age = sample(body, "email_outbox_oldest_pending_age_seconds");
    expect(age).toBeGreaterThanOrEqual(119);
    expect(age).toBeLessThan(600);
    expect(sample(body, "webhook_deliveries_pending")).toBe(1);
    expect(sample(body, "webhook_deliveries_oldest_pending_age_seconds")).toBeGreaterThanOrEqual(299);
    expect(sample(body, 'db_pool_connections{pool="app",state="max"}')).toBeGreaterThan(0);
    expect(sample(body, 'db_pool_connections{pool="app",state="total"}')).toBeGreaterThanOrEqual(1);
  });

  it("still answers when the outbox cannot be read, with NaN rather than a stale figure", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    // A real database failure: the query's column is gone for a moment.
    await db.$executeRawUnsafe(`ALTER TABLE "EmailMessage" RENAME COLUMN "status" TO "statusGone"`);
    try {
      const response = await scrape(`Bearer ${TOKEN}`);
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(sample(body, "email_outbox_pending")).toBeNaN();
      expect(sample(body, "email_outbox_oldest_pending_age_seconds")).toBeNaN();
      expect(logged).toHaveBeenCalledWith({ err: expect.anything() }, "metrics: outbox query failed");
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "EmailMessage" RENAME COLUMN "statusGone" TO "status"`);
      logged.mockRestore();
    }
  });
});
