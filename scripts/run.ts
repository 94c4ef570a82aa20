/**
 * The run command: `npm run dev` (development server) or `npm start` (production build).
 * Without DATABASE_URL it starts an embedded PostgreSQL with its data in .data/, creates the
 * database, applies migrations and seeds demo data; with DATABASE_URL it applies migrations
 * and seeds only when SEED=1. Ctrl-C stops the app and the database cleanly.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_USERS } from "../prisma/demo-users";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { demoDataPresent } from "./lib/demo-data";
import { pendingMigrations } from "./lib/pending-migrations";
import { runPrisma } from "./lib/prisma-cli";

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

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  while (child.exitCode === null) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The demo seed runs in a process of its own: this one stays resident beside the server, and
 * should not keep the Prisma client and everything the seed loaded.
 */
function seedInChildProcess(): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "prisma/seed.ts")], { cwd: ROOT, env: process.env, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`seeding the demo data failed (exit ${result.status ?? result.signal})`);
}

/** The production server's heap ceiling in MB: V8 collects before growing past it (SERVER_HEAP_MB). */
const serverHeapMb = Number(process.env.SERVER_HEAP_MB) || 512;

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let embedded: RunningPostgres | null = null;
  let shouldSeed = process.env.SEED === "1";

  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres") });
    await ensureDatabase(embedded.serverUrl, "client_area");
    process.env.DATABASE_URL = embedded.databaseUrl("client_area");
    shouldSeed = true;
  }

  let stopping = false;
  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
    embedded = null;
  };

  try {
    if ((await pendingMigrations(process.env.DATABASE_URL!)).length > 0) runPrisma(["migrate", "deploy"]);
    if (shouldSeed && !(await demoDataPresent(process.env.DATABASE_URL!))) seedInChildProcess();
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const port = process.env.PORT ?? "3000";
  process.env.APP_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_URL ??= process.env.APP_URL;
  process.env.NEXTAUTH_SECRET ??= localSecret();
  if (mode === "dev") process.env.DEV_MAILBOX ??= "1";

  // scripts/serve.ts: Next.js behind a server that reads the client's address from the socket.
  const heapCap = mode === "start" ? [`--max-old-space-size=${serverHeapMb}`] : [];
  const next = spawn(process.execPath, [...heapCap, "--import", "tsx", path.join(ROOT, "scripts/serve.ts"), mode], {
    cwd: ROOT,
    env: { ...process.env, PORT: port, NODE_ENV: mode === "start" ? "production" : "development" },
    stdio: "inherit",
  });

  // On a signal: the server first (its graceful shutdown lets requests finish, scripts/serve.ts),
  // then the database, then exit with the server's code (0 when its shutdown went well).
  const shutdown = async (code: number | null) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((resolve) => next.once("exit", resolve));
    }
    await stopDatabase();
    process.exit(code ?? next.exitCode ?? 0);
  };
  // embedded-postgres (its async-exit-hook) and tsx install SIGINT/SIGTERM handlers that end
  // this process at once (exit 143) and stop the embedded database under requests still in
  // flight, even with DATABASE_URL. Only this order applies.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void shutdown(null));
  process.on("SIGTERM", () => void shutdown(null));
  next.on("exit", (code) => void shutdown(code ?? 1));

  await waitUntilServing(`${process.env.APP_URL}/sign-in`, next);
  if (next.exitCode !== null) return;
  const lines = [
    "",
    `  Client area is running at ${process.env.APP_URL}  (first page served after ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
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
