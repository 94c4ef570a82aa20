/**
 * Starts one embedded PostgreSQL for the whole integration run and builds a template
 * database with every migration applied; each test file then gets its own copy
 * (tests/integration/database-per-file.ts), so files never see each other's rows.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { runPrisma } from "../../scripts/lib/prisma-cli";

export const TEMPLATE_DATABASE = "client_area_template";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "client-area-test-pg-"));
  const server = await startEmbeddedPostgres({ dataDir });
  await ensureDatabase(server.serverUrl, TEMPLATE_DATABASE);
  runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: server.databaseUrl(TEMPLATE_DATABASE) });

  project.provide("databaseServerUrl", server.serverUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);

  return async () => {
    keepFailureExitCode();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/**
 * embedded-postgres registers async-exit-hook, whose beforeExit handler calls
 * process.exit(0) and so would turn Vitest's failure exit code into success: a failing
 * integration run would pass CI. This puts the failure code back as the process exits.
 */
function keepFailureExitCode(): void {
  process.prependListener("beforeExit", () => {
    const failed = process.exitCode;
    if (failed) process.once("exit", () => void (process.exitCode = failed));
  });
}
