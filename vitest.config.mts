import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // `server-only` throws outside Next's server bundle; tests run the server code directly.
    "server-only": path.join(root, "tests/support/empty-module.ts"),
  },
};

export default defineConfig({
  test: {
    projects: [
      { resolve, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/database-per-file.ts"],
          // Two-factor keys are sealed with a key derived from it (lib/auth/secret-box.ts).
          // The client's address arrives in the header scripts/serve.ts names (lib/http/client-info.ts).
          // Request lines (info) would bury the report; warnings and errors still show.
          env: { NEXTAUTH_SECRET: "integration-test-secret-not-for-production", CLIENT_IP_HEADER: "x-test-client-ip", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
