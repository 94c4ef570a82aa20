import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/embedded-postgres";
import { runPrisma } from "../../scripts/lib/prisma-cli";

test.describe.configure({ mode: "serial" });

// This spec runs its own production server (`next start` on the build under test) on a
// database it can stop and start, without the development mailbox setting.
const PORT = 3321;
const BASE = `http://localhost:${PORT}`;
const ROOT = path.resolve(import.meta.dirname, "../..");

let database: RunningPostgres | undefined;
let app: ChildProcess | undefined;
const dataDir = mkdtempSync(path.join(tmpdir(), "client-area-outage-"));

async function waitForHealth() {
  await expect.poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await startEmbeddedPostgres({ dataDir });
  await ensureDatabase(database.serverUrl, "client_area");
  const databaseUrl = database.databaseUrl("client_area");
  runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "outage-test-secret", APP_URL: BASE, NEXTAUTH_URL: BASE };
  delete env.DEV_MAILBOX;
  app = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(PORT)], { cwd: ROOT, env, stdio: "ignore" });
  await waitForHealth();
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("a plain production start has no development mailbox", async ({ page }) => {
  const response = await page.goto(`${BASE}/dev/mailbox`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("pages answer 503 while the database is down, and recover by themselves when it returns", async ({ page }) => {
  test.setTimeout(120_000);
  expect((await page.goto(`${BASE}/sign-in`))?.status()).toBe(200);

  await database!.stop();
  // The app trusts a successful database check for one second, so allow it that long.
  await expect.poll(async () => (await page.goto(`${BASE}/sign-in`))?.status(), { timeout: 10_000 }).toBe(503);
  await expect(page.getByRole("heading", { name: "Service unavailable" })).toBeVisible();
  expect((await fetch(`${BASE}/api/health`)).status).toBe(503);
  // The provider's API says it as a problem document, with the same Retry-After.
  const api = await fetch(`${BASE}/api/v1/accounts`, { headers: { authorization: "Bearer ca_x_y" } });
  expect(api.status).toBe(503);
  expect(api.headers.get("content-type")).toBe("application/problem+json");
  expect(api.headers.get("retry-after")).toBe("10");
  expect(await api.json()).toMatchObject({ type: "urn:client-area:problem:unavailable", status: 503 });

  database = await startEmbeddedPostgres({ dataDir });
  await waitForHealth();
  const back = await page.goto(`${BASE}/sign-in`);
  expect(back?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});
