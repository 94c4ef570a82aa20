import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-database";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const POLL_INTERVAL_MS = 250;

/** A new, empty database on the e2e run's PostgreSQL; its URL. */
export async function createE2eDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: e2eDatabaseUrl("postgres") });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return e2eDatabaseUrl(name);
}

export type OwnAppServer = {
  url: string;
  /** SIGTERM: the server drains and stops as on a deploy; resolves with its exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the process dies on the spot, as in a crash or an out-of-memory kill. */
  crash(): Promise<void>;
};

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/**
 * A server of the suite's production build that a test starts, stops and kills itself, while
 * the suite's own server (Playwright's) keeps serving the other tests. It runs through the run
 * command with DATABASE_URL set, as a deployment does: pending migrations applied, no demo data.
 * Ready when /api/health answers 200 (a state, not a time); a server that exits first fails
 * the test with what it wrote.
 */
export async function startOwnAppServer({ databaseUrl, port, env = {} }: { databaseUrl: string; port: number; env?: Record<string, string> }): Promise<OwnAppServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/run.ts", "start"], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: ".data/e2e", DATABASE_URL: databaseUrl, SEED: "", PORT: String(port), APP_URL: url, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = exited(child);

  // Polled until healthy (a state): each probe is a connection refused until the server listens.
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app server exited before it was ready:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }

  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      return exit;
    },
    crash: async () => {
      child.kill("SIGKILL");
      await exit;
    },
  };
}
