import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type RunDatabase = {
  url: string;
  /** The embedded server this opened, or null when DATABASE_URL names one. */
  embedded: RunningPostgres | null;
  /** What to print about where the data is. */
  description: string;
  stop(): Promise<void>;
};

/** The data folder the run command uses (DATA_DIR, default .data/). */
export function runDataDir(): string {
  return path.resolve(ROOT, process.env.DATA_DIR ?? ".data");
}

/**
 * The database the run command (`npm start`, scripts/run.ts) uses: DATABASE_URL when set,
 * otherwise the embedded PostgreSQL in <data dir>/postgres with its `client_area` database,
 * started here the same way (and created when missing). Migrations are the caller's job.
 */
export async function openRunDatabase(): Promise<RunDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null, description: "DATABASE_URL", stop: async () => {} };
  }
  const dataDir = path.join(runDataDir(), "postgres");
  const embedded = await startEmbeddedPostgres({ dataDir });
  await ensureDatabase(embedded.serverUrl, "client_area");
  return {
    url: embedded.databaseUrl("client_area"),
    embedded,
    description: `embedded PostgreSQL, data in ${path.relative(ROOT, dataDir)}`,
    stop: () => embedded.stop(),
  };
}
