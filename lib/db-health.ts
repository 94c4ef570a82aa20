import { Pool } from "pg";

// A tiny pool of its own: the proxy runs apart from the app's render code and must not
// depend on its modules. One connection is enough to answer "is the database there".
const globals = globalThis as unknown as { __clientAreaHealthPool?: Pool };
let lastSuccessAt = 0;
const SUCCESS_CACHE_MS = 1_000;

function healthPool(): Pool {
  if (!globals.__clientAreaHealthPool) {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 2_000, idleTimeoutMillis: 10_000 });
    pool.on("error", () => {});
    globals.__clientAreaHealthPool = pool;
  }
  return globals.__clientAreaHealthPool;
}

/** True when PostgreSQL answers. A success is trusted for a second; a failure is checked again every time. */
export async function isDatabaseReachable(): Promise<boolean> {
  if (Date.now() - lastSuccessAt < SUCCESS_CACHE_MS) return true;
  try {
    await healthPool().query({ text: "SELECT 1", query_timeout: 2_000 } as never);
    lastSuccessAt = Date.now();
    return true;
  } catch {
    return false;
  }
}
