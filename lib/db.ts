import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/observability/logger";
import { registerShutdownStep } from "@/lib/lifecycle/shutdown";

const DEFAULT_POOL_SIZE = 10;

function createPool(): Pool {
  // Read at first use, not at import: `next build` loads this module without a database.
  // The run command (`npm run dev`, `npm start`) always sets DATABASE_URL.
  return new Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE) || DEFAULT_POOL_SIZE,
    // How long a query may wait for a connection, in the pool's line or while connecting.
    // Under load the line is long and a request waits its turn rather than failing; a server
    // that is down is answered 503 at once by the proxy's own check (lib/db-health.ts).
    connectionTimeoutMillis: Number(process.env.DATABASE_POOL_WAIT_MS) || 20_000,
    idleTimeoutMillis: 30_000,
  });
}

type DatabaseGlobals = { pool?: Pool; prisma?: PrismaClient };
// One pool per process, also across hot reloads in development.
const globals = globalThis as unknown as { __clientAreaDb?: DatabaseGlobals };
const cached = (globals.__clientAreaDb ??= {});

export const pool: Pool = (cached.pool ??= createPool());

// A dropped connection must not crash the process; the pool replaces it on the next query.
if (pool.listenerCount("error") === 0) {
  pool.on("error", (error) => logger.error({ err: error }, "database pool error"));
}

export const db: PrismaClient = (cached.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool) }));

// The server's shutdown closes the pool after the requests and the email sender are done.
registerShutdownStep({ name: "database pool", phase: "resources", run: () => closeDatabase() });

/** Closes the client and its pool, so the next import starts afresh (tests switch databases per file). */
export async function closeDatabase(): Promise<void> {
  await cached.prisma?.$disconnect();
  // Twice is harmless (the shutdown and a test's cleanup may both close it).
  if (cached.pool && !cached.pool.ending) await cached.pool.end();
  delete globals.__clientAreaDb;
}
