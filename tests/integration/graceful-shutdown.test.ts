/**
 * The production server's shutdown sequence (lib/lifecycle/shutdown.ts, run by scripts/lib/app-server.ts
 * on SIGTERM) on a real HTTP server, with the real email sender against a real SMTP server and
 * the app's real database pool: a request in flight completes, new connections are refused,
 * the sender finishes its batch and stops, the pool closes, and the result is exit code 0.
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, pool } from "@/lib/db";
import { enqueueEmail, resumeOutboxDelivery } from "@/lib/email/outbox";
import { outboxShutdownStep, startOutboxWorker } from "@/lib/email/outbox-worker";
import { resetSmtpTransport } from "@/lib/email/transport";
import { createShutdown, registerShutdownStep } from "@/lib/lifecycle/shutdown";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp-server";

const originalSmtpUrl = process.env.SMTP_URL;
let smtp: TestSmtpServer;
const lines: { level: string; fields: object; message: string }[] = [];
const log = {
  info: (fields: object, message: string) => void lines.push({ level: "info", fields, message }),
  warn: (fields: object, message: string) => void lines.push({ level: "warn", fields, message }),
  error: (fields: object, message: string) => void lines.push({ level: "error", fields, message }),
};

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  resetSmtpTransport();
});

afterAll(async () => {
  resumeOutboxDelivery();
  await smtp.stop();
  if (originalSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = originalSmtpUrl;
  resetSmtpTransport();
});

/** A server whose requests take `ms` and call `onStart` as they begin. */
async function slowServer(ms: number, onStart: () => void): Promise<{ server: Server; port: number }> {
  const server = createServer((_request, response) => {
    onStart();
    setTimeout(() => response.end("done"), ms);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, path: "/slow" }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

describe("graceful shutdown", () => {
  it("finishes the request in flight and the email batch being sent, stops the sender, closes the pool", async () => {
    // 25 emails: a batch of 20 (each answered by SMTP after 100 ms), then 5 more.
    for (let i = 0; i < 25; i++) {
      await enqueueEmail(db, { to: `shutdown-${i}@example.test`, email: { template: "t", subject: `Shutdown ${i}`, html: "<p>x</p>", text: "x", redactedText: "x" } });
    }
    smtp.dataDelayMs = 100;
    const worker = startOutboxWorker({ intervalMs: 25 });
    registerShutdownStep(outboxShutdownStep(worker));

    let started!: () => void;
    const requestStarted = new Promise<void>((resolve) => (started = resolve));
    const { server, port } = await slowServer(700, () => started());
    // The sender is in its first batch before the signal comes.
    await expect.poll(() => smtp.received.length, { timeout: 5_000, interval: 10 }).toBeGreaterThan(0);
    const inFlight = get(port);
    await requestStarted;

    const result = createShutdown({ server, timeoutMs: 10_000, logger: log })();
    // From the signal on, the port takes no new connection.
    await expect(get(port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(await inFlight).toEqual({ status: 200, body: "done" });
    expect(await result).toEqual({ exitCode: 0, timedOut: false, failedSteps: [] });

    // The batch in hand was finished (nothing left claimed and unsent); the next one never started.
    const statuses = await countByStatus();
    expect(statuses.SENT).toBe(20);
    expect(statuses.PENDING).toBe(5);
    expect(smtp.received).toHaveLength(20);
    // The pool was closed by its registered step.
    expect(pool.ending).toBe(true);
    expect(lines.map((l) => l.message)).toContain("shutdown: done");
  });

  it("cuts requests still running at the time limit and still exits 0", async () => {
    let started!: () => void;
    const requestStarted = new Promise<void>((resolve) => (started = resolve));
    const { server, port } = await slowServer(10_000, () => started());
    const inFlight = get(port).then(
      () => "completed",
      (error: NodeJS.ErrnoException) => error.code,
    );
    await requestStarted;
    const begun = Date.now();
    const result = await createShutdown({ server, timeoutMs: 300, logger: log })();
    expect(Date.now() - begun).toBeLessThan(5_000);
    expect(result).toMatchObject({ exitCode: 0, timedOut: true });
    expect(await inFlight).toBe("ECONNRESET");
    expect(lines.some((l) => l.level === "warn" && l.message.includes("cut"))).toBe(true);
  });
});

async function countByStatus(): Promise<Record<string, number>> {
  // The app's pool is closed by then: count on a connection of the test's own.
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM "EmailMessage" GROUP BY status`);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  } finally {
    await client.end();
  }
}
