import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BRAND } from "./tests/e2e/support/brand";

const PORT = Number(process.env.E2E_PORT ?? 3310);
export const E2E_BASE_URL = `http://localhost:${PORT}`;
const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));

/**
 * End-to-end tests against the production build (`next build` first, see package.json
 * `test:e2e`), served by the run command with its own embedded PostgreSQL in .data/e2e.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A story is a sequence of real page loads, each a few seconds when two browsers, the
  // server and PostgreSQL share two busy cores: the budget is for that machine, not an idle one.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          // No network but loopback here: keep Chromium from reaching out at start.
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/run.ts start",
    url: `${E2E_BASE_URL}/api/health`,
    // A first start creates the database, migrates and seeds through the provider's functions:
    // seconds on an idle machine, minutes on a busy one.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The server's request lines (one per request, JSON) would bury the test report; warnings and
    // errors still show. LOG_LEVEL=info npm run test:e2e brings them back. The server wears
    // a provider's brand (tests/e2e/support/brand.ts), as a real deployment does.
    env: {
      ...E2E_BRAND,
      PORT: String(PORT),
      DATA_DIR: ".data/e2e",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      DEV_MAILBOX: "1",
      APP_URL: E2E_BASE_URL,
      DATABASE_URL: "",
      DEMO_PANEL_RESTART_SECONDS: "3",
      PSEUDO_LOCALE: "on",
      // The billing run would invoice the services tests make (due in 10 days) and their domains
      // expiring within 30 days behind their back; what follows a payment still runs
      // (lib/jobs/enabled-jobs.ts).
      JOBS_DISABLED: "invoice-due-services,invoice-domain-auto-renewals,suspend-unpaid-services,send-payment-reminders",
    },
  },
});
