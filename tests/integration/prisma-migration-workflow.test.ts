/**
 * The migration workflow through the real Prisma CLI, as developers and deployments run it.
 *
 * The CLI runs here on prisma/engine/ (a stand-in for the native schema engine, which cannot be
 * downloaded here) and that stand-in relies on internals of the pinned Prisma packages: this test
 * is what tells a Prisma upgrade that breaks it. Every command is a child process with the
 * project's prisma.config.ts, against the PostgreSQL server of TEST_DATABASE_SERVER_URL.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsInRepository, pendingMigrations } from "../../scripts/lib/pending-migrations";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PRISMA_CLI = path.join(ROOT, "node_modules/prisma/build/index.js");
const TIMEOUT = 120_000;

function requireServerUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url) throw new Error("TEST_DATABASE_SERVER_URL is not set (the integration global setup provides it).");
  return url;
}
const serverUrl = requireServerUrl();

function databaseUrl(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const databaseExists = async (name: string) =>
  (await query(serverUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).length === 1;
const shadowDatabases = async () =>
  (await query<{ datname: string }>(serverUrl, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'")).map(
    (row) => row.datname,
  );

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the Prisma CLI with `cwd`'s prisma.config.ts, which points it at the engine stand-in. */
function prisma(args: string[], { databaseUrl, cwd = ROOT }: { databaseUrl: string; cwd?: string }): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  delete env.PRISMA_SCHEMA_ENGINE_BINARY; // prisma.config.ts must set it
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Fails with the command's whole output, which is what one needs to see when it breaks. */
function expectExit(run: Run, code: number) {
  expect(run.code, `exit code ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`).toBe(code);
}

const suffix = randomBytes(4).toString("hex");
const deployed = `prisma_workflow_${suffix}`;
const development = `prisma_workflow_dev_${suffix}`;
const workDir = mkdtempSync(path.join(tmpdir(), "prisma-workflow-"));

afterAll(async () => {
  for (const name of [deployed, development]) await query(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  rmSync(workDir, { recursive: true, force: true });
});

describe("prisma migration workflow (real CLI, engine stand-in)", () => {
  const url = databaseUrl(deployed);
  let shadowsBefore: string[] = [];

  it("migrate deploy creates the missing database and applies every migration", { timeout: TIMEOUT }, async () => {
    shadowsBefore = await shadowDatabases();
    expect(await databaseExists(deployed)).toBe(false);

    const run = await prisma(["migrate", "deploy"], { databaseUrl: url });
    expectExit(run, 0);
    expect(run.stdout).toMatch(/All migrations have been successfully applied/);

    const migrations = readdirSync(path.join(ROOT, "prisma/migrations")).filter((name) => /^\d+_/.test(name));
    const applied = await query<{ migration_name: string }>(url, "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL");
    expect(applied.map((row) => row.migration_name).sort()).toEqual(migrations.sort());
  });

  it("migrate status reports the database up to date", { timeout: TIMEOUT }, async () => {
    const run = await prisma(["migrate", "status"], { databaseUrl: url });
    expectExit(run, 0);
    expect(run.stdout).toMatch(/Database schema is up to date/);
  });

  it("the run command's check finds pending exactly what deploy would apply", { timeout: TIMEOUT }, async () => {
    expect(await pendingMigrations(url)).toEqual([]);

    const last = migrationsInRepository().at(-1)!;
    await query(url, `UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${last}'`);
    try {
      expect(await pendingMigrations(url)).toEqual([last]); // failed half-way: deploy must run and say so
    } finally {
      await query(url, `UPDATE _prisma_migrations SET finished_at = now() WHERE migration_name = '${last}'`);
    }

    const empty = `pending_${randomBytes(4).toString("hex")}`;
    await query(serverUrl, `CREATE DATABASE "${empty}"`);
    try {
      expect(await pendingMigrations(databaseUrl(empty))).toEqual(migrationsInRepository());
    } finally {
      await query(serverUrl, `DROP DATABASE "${empty}" WITH (FORCE)`);
    }
  });

  it("the migrations produce exactly the schema, and the database matches it", { timeout: TIMEOUT }, async () => {
    // Replays the migrations into a temporary shadow database.
    const fromMigrations = await prisma(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      { databaseUrl: url },
    );
    expectExit(fromMigrations, 0);
    expect(fromMigrations.stdout).toMatch(/No difference detected/);

    const againstDatabase = await prisma(["migrate", "diff", "--from-schema", "prisma/schema.prisma", "--to-config-datasource", "--exit-code"], {
      databaseUrl: url,
    });
    expectExit(againstDatabase, 0);

    // The shadow database is dropped again.
    expect((await shadowDatabases()).filter((name) => !shadowsBefore.includes(name))).toEqual([]);
  });

  it("migrate diff renders the whole schema as SQL", { timeout: TIMEOUT }, async () => {
    const run = await prisma(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"], { databaseUrl: url });
    expectExit(run, 0);
    expect(run.stdout).toMatch(/CREATE TABLE "User"/);
    expect(run.stdout).toMatch(/CREATE UNIQUE INDEX "User_email_key"/);
  });

  it("migrate diff --exit-code reports drift in the live database", { timeout: TIMEOUT }, async () => {
    await query(url, 'ALTER TABLE "User" ADD COLUMN "driftProbe" TEXT');
    const run = await prisma(["migrate", "diff", "--from-schema", "prisma/schema.prisma", "--to-config-datasource", "--exit-code", "--script"], {
      databaseUrl: url,
    });
    expectExit(run, 2);
    expect(run.stdout).toMatch(/ALTER TABLE ("public"\.)?"User" ADD COLUMN\s+"driftProbe" TEXT/);
  });

  it("migrate dev --create-only writes the next migration for a changed schema", { timeout: TIMEOUT }, async () => {
    // A copy of the project's prisma folder and config, so the repository stays untouched.
    cpSync(path.join(ROOT, "prisma"), path.join(workDir, "prisma"), { recursive: true });
    cpSync(path.join(ROOT, "prisma.config.ts"), path.join(workDir, "prisma.config.ts"));
    symlinkSync(path.join(ROOT, "node_modules"), path.join(workDir, "node_modules"), "dir");
    const schemaFile = path.join(workDir, "prisma/schema.prisma");
    const schema = readFileSync(schemaFile, "utf8");
    expect(schema).toContain("model User {");
    writeFileSync(
      schemaFile,
      schema.replace("model User {", "model User {\n  nickname String?") +
        "\nmodel WorkflowProbe {\n  id    Int    @id @default(autoincrement())\n  label String @unique\n}\n",
    );
    const migrationsDir = path.join(workDir, "prisma/migrations");
    const before = readdirSync(migrationsDir);
    const repoMigrationsBefore = readdirSync(path.join(ROOT, "prisma/migrations"));

    // A new database: migrate dev first applies the existing migrations, then diffs. That order is
    // also what trips the engine's migration-history cache (see prisma/engine/methods.mjs).
    const devUrl = databaseUrl(development);
    const run = await prisma(["migrate", "dev", "--create-only", "--name", "workflow_probe"], { databaseUrl: devUrl, cwd: workDir });
    expectExit(run, 0);

    const created = readdirSync(migrationsDir).filter((name) => !before.includes(name));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/^\d{14}_workflow_probe$/);
    const sql = readFileSync(path.join(migrationsDir, created[0]!, "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT;/);
    expect(sql).toMatch(/CREATE TABLE "WorkflowProbe" \(/);
    expect(sql).toMatch(/CREATE UNIQUE INDEX "WorkflowProbe_label_key" ON "WorkflowProbe"\("label"\);/);

    // Created, not applied; and nothing written into the repository.
    const tables = await query<{ table: string | null }>(devUrl, `SELECT to_regclass('"WorkflowProbe"')::text AS table`);
    expect(tables[0]?.table).toBeNull();
    expect(readdirSync(path.join(ROOT, "prisma/migrations"))).toEqual(repoMigrationsBefore);
    expect(existsSync(path.join(ROOT, "prisma/migrations", created[0]!))).toBe(false);
    expect((await shadowDatabases()).filter((name) => !shadowsBefore.includes(name))).toEqual([]);
  });
});
