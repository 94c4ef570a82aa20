/**
 * Saturation is not an outage: with every connection of the app's pool held by long
 * queries, the proxy lets requests through and a query waits its turn and answers; with the
 * database server stopped, the proxy answers 503. Runs against a PostgreSQL server of its
 * own, which it stops.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

const dataDir = mkdtempSync(path.join(tmpdir(), "client-area-health-"));
const server = await startEmbeddedPostgres({ dataDir });
await ensureDatabase(server.serverUrl, "health");
const fileDatabaseUrl = process.env.DATABASE_URL;

// The app's modules read these when first imported, so they are imported after.
process.env.DATABASE_URL = server.databaseUrl("health");
process.env.DATABASE_POOL_SIZE = "2";
vi.resetModules();
const { db, pool } = await import("@/lib/db");
const { closeHealthPool } = await import("@/lib/db-health");
const { proxy } = await import("@/proxy");

afterAll(async () => {
  // The app's pool is closed by the file's own teardown (database-per-file.ts).
  await closeHealthPool();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.env.DATABASE_URL = fileDatabaseUrl;
  delete process.env.DATABASE_POOL_SIZE;
});

const pageRequest = () => new NextRequest("http://localhost/sign-in", { headers: { host: "localhost", accept: "text/html" } });

describe("database health under load and when down", () => {
  it("lets requests through while the pool is exhausted; a query waits its turn and answers", async () => {
    // Held longer than a request used to be allowed to wait for a connection (3 s).
    // Prisma runs a query when it is awaited: Promise.resolve starts each one now.
    const holding = [Promise.resolve(db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(4)`), Promise.resolve(db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(4)`)];
    await expect.poll(() => pool.totalCount === 2 && pool.idleCount === 0).toBe(true);
    const waiting = Promise.resolve(db.$queryRaw<{ answer: number }[]>`SELECT 42 AS answer`);
    await expect.poll(() => pool.waitingCount).toBe(1);

    const response = await proxy(pageRequest());
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(await waiting).toEqual([{ answer: 42 }]);
    await Promise.all(holding);
  });

  it("answers 503 once the server is stopped", async () => {
    await server.stop();
    await expect.poll(async () => (await proxy(pageRequest())).status, { timeout: 10_000 }).toBe(503);
  });
});
