import { Pool } from "pg";
import { registerShutdownStep } from "@/lib/lifecycle/shutdown";

// A tiny pool of its own: the proxy runs apart from the app's render code and must not
// depend on its modules, and it must not wait behind the app's pool when that pool is busy.
const globals = globalThis as unknown as { __clientAreaHealthPool?: Pool; __clientAreaHealthCheck?: Promise<boolean> };
let lastSuccessAt = 0;
const SUCCESS_CACHE_MS = 1_000;

/**
 * Errors that mean PostgreSQL is not there (refused, unknown host, shutting down, cannot take
 * connections now, the connection dropped or could not be made in time). Anything else,
 * notably a slow answer under load, is not an outage: the request goes on and waits its turn.
 */
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET", "EAI_AGAIN", "57P01", "57P02", "57P03", "3D000"]);

function isUnreachable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code && UNREACHABLE.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect/i.test(message ?? "");
}

function healthPool(): Pool {
  if (!globals.__clientAreaHealthPool) {
    registerShutdownStep({ name: "database health pool", phase: "resources", run: closeHealthPool });
    const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 10_000 });
    pool.on("error", () => {});
    globals.__clientAreaHealthPool = pool;
  }
  return globals.__clientAreaHealthPool;
}

async function check(): Promise<boolean> {
  try {
    await healthPool().query("SELECT 1");
    lastSuccessAt = Date.now();
    return true;
  } catch (error) {
    return !isUnreachable(error);
  }
}

/**
 * True unless PostgreSQL is really unreachable. A success is trusted for a second, and
 * concurrent callers share one check in flight: 200 requests at once make one query, not a
 * queue of 200 on the check's single connection that would time out and read as an outage.
 */
export async function isDatabaseReachable(): Promise<boolean> {
  if (Date.now() - lastSuccessAt < SUCCESS_CACHE_MS) return true;
  globals.__clientAreaHealthCheck ??= check().finally(() => {
    globals.__clientAreaHealthCheck = undefined;
  });
  return globals.__clientAreaHealthCheck;
}

/** Closes the check's connection (tests point the app at another server). */
export async function closeHealthPool(): Promise<void> {
  await globals.__clientAreaHealthPool?.end();
  globals.__clientAreaHealthPool = undefined;
  lastSuccessAt = 0;
}
