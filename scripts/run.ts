/**
 * The run command: `npm run dev` (development server) or `npm start` (production build).
 * Without DATABASE_URL it starts an embedded PostgreSQL with its data in .data/, creates the
 * database, applies migrations and seeds demo data; with DATABASE_URL it applies migrations
 * and seeds only when SEED=1. Ctrl-C stops the app and the database cleanly.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_USERS } from "../prisma/demo-users";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { demoDataPresent, seedInChildProcess } from "./lib/demo-data";
import { pendingMigrations } from "./lib/pending-migrations";
import { runPrisma } from "./lib/prisma-cli";
import { parseBrand } from "../lib/brand/brand-config";

const ROOT = path.resolve(import.meta.dirname, "..");
const mode = process.argv[2] === "start" ? "start" : "dev";
const startedAt = Date.now();
const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? ".data");

if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

/** A signing secret kept in .data/ so sessions survive restarts of a local run. */
function localSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** The first page, rendered once: its time is what a person waits after starting. */
async function firstPage(url: string): Promise<void> {
  const response = await fetch(url, { redirect: "manual" });
  await response.arrayBuffer();
}

/** How long each step of the start took, in seconds, for the start line. */
const phases: string[] = [];
let phaseStartedAt = startedAt;
function phaseDone(name: string): void {
  const now = Date.now();
  phases.push(`${name} ${((now - phaseStartedAt) / 1000).toFixed(1)} s`);
  phaseStartedAt = now;
}

async function main() {
  // The provider's brand settings are checked before anything starts: a wrong colour or a
  // missing logo file stops here naming the variable (the catch below prints the message).
  parseBrand(process.env, { publicDir: path.join(ROOT, "public") });
  mkdirSync(dataDir, { recursive: true });
  let embedded: RunningPostgres | null = null;
  let shouldSeed = process.env.SEED === "1";

  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres") });
    await ensureDatabase(embedded.serverUrl, "client_area");
    process.env.DATABASE_URL = embedded.databaseUrl("client_area");
    shouldSeed = true;
    phaseDone("database");
  }

  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
    embedded = null;
  };

  try {
    if ((await pendingMigrations(process.env.DATABASE_URL!)).length > 0) runPrisma(["migrate", "deploy"]);
    if (shouldSeed && !(await demoDataPresent(process.env.DATABASE_URL!))) seedInChildProcess(process.env.DATABASE_URL!);
    phaseDone("migrations and demo data");
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const port = process.env.PORT ?? "3000";
  process.env.APP_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_URL ??= process.env.APP_URL;
  process.env.NEXTAUTH_SECRET ??= localSecret();
  if (mode === "dev") process.env.DEV_MAILBOX ??= "1";

  // The server runs in this process (scripts/lib/app-server.ts): production keeps one Node
  // process resident, not this launcher beside a server. Next reads NODE_ENV when it loads.
  Object.assign(process.env, { PORT: port, NODE_ENV: mode === "start" ? "production" : "development" });
  const { onStopSignal, startAppServer } = await import("./lib/app-server");
  // On a signal: the server first (its graceful shutdown lets requests finish), then the
  // database, then exit with the shutdown's code (0 when it went well).
  let server: Awaited<ReturnType<typeof startAppServer>> | null = null;
  onStopSignal(async () => {
    const exitCode = server ? (await server.shutdown()).exitCode : 0;
    await stopDatabase();
    return exitCode;
  });
  // A crash must not leave the embedded database running without its app.
  const crash = (error: unknown) => {
    console.error(error);
    void stopDatabase().finally(() => process.exit(1));
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);

  try {
    server = await startAppServer({ dev: mode === "dev", port: Number(port) });
    phaseDone("server");
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  await firstPage(`${process.env.APP_URL}/sign-in`);
  phaseDone("first page");
  const lines = [
    "",
    `  Client area is running at ${process.env.APP_URL}  (first page served after ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${phases.join(", ")})`,
    `  Database: ${embedded ? `embedded PostgreSQL, data in ${path.relative(ROOT, dataDir)}/postgres` : "DATABASE_URL"}`,
  ];
  if (process.env.DEV_MAILBOX === "1") lines.push(`  Emails: ${process.env.APP_URL}/dev/mailbox`);
  if (shouldSeed) {
    lines.push("  Demo sign-ins:");
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(18)} / ${user.password.padEnd(15)}  ${user.name}, ${user.role}`);
  }
  lines.push("  Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
