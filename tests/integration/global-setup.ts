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
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
