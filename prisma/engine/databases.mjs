/**
 * Server-level work done with `pg` directly rather than through the Wasm engine: checking that a
 * database is reachable, creating and dropping databases, emptying a schema. The Wasm engine only
 * ever talks to one database through its adapter, so it cannot do these.
 *
 * Errors carry the Prisma codes and messages of the native engine, because the CLI branches on
 * them (P1003 "does not exist" is what makes `migrate deploy`/`migrate dev` create the database).
 */
import pg from "pg";
import { EngineError } from "./protocol.mjs";

const CONNECT_TIMEOUT_MS = 10_000;

/** Double-quotes an SQL identifier. */
export function quoteIdentifier(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

/** The database name in a postgres URL (`postgres` when the URL names none, as in libpq). */
export function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  return name || "postgres";
}

/** The same URL pointing at another database on the same server, keeping credentials and parameters. */
export function withDatabase(url, database) {
  const result = new URL(url);
  result.pathname = `/${encodeURIComponent(database)}`;
  return result.toString();
}

/** `host:port` as the native engine's messages print it. */
function serverLocation(url) {
  const { hostname, port } = new URL(url);
  return `${hostname || "localhost"}:${port || 5432}`;
}

/** Maps a `pg` connection error to the native engine's error code and message. */
export function connectionError(error, url) {
  const location = serverLocation(url);
  switch (error?.code) {
    case "3D000":
      return new EngineError(`Database \`${databaseName(url)}\` does not exist on the database server at \`${location}\`.`, {
        code: "P1003",
        meta: { database_name: databaseName(url), database_host: location },
      });
    case "28P01":
    case "28000":
      return new EngineError(
        `Authentication failed against database server, the provided database credentials for \`${decodeURIComponent(new URL(url).username)}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${location}\`.`,
        { code: "P1000" },
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EHOSTUNREACH":
      return new EngineError(`Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`, {
        code: "P1001",
      });
    case "ETIMEDOUT":
      return new EngineError(`Timed out trying to connect to the database server at \`${location}\`.`, { code: "P1002" });
    default:
      if (/timeout/i.test(error?.message ?? "")) {
        return new EngineError(`Timed out trying to connect to the database server at \`${location}\`.`, { code: "P1002" });
      }
      return new EngineError(error?.message ?? String(error));
  }
}

/** Runs `work(client)` on a short-lived connection to `url`; connection failures become EngineErrors. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle client that loses its server must not crash the process with an unhandled 'error'.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw connectionError(error, url);
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Throws the native engine's P1001/P1003/… error unless `url` can be connected to. */
export async function checkConnection(url) {
  await withClient(url, (client) => client.query("SELECT 1"));
}

/**
 * Runs `work(client)` on a connection to the same server as `url`, for CREATE/DROP DATABASE: on the
 * database of `url` itself if it exists, else on the `postgres` or `template1` maintenance database.
 */
export async function withServerClient(url, work) {
  const candidates = [...new Set([databaseName(url), "postgres", "template1"])];
  let lastError;
  for (const database of candidates) {
    try {
      return await withClient(withDatabase(url, database), work);
    } catch (error) {
      if (error?.code !== "P1003") throw error;
      lastError = error;
    }
  }
  throw lastError;
}

/** Creates the database that `url` names (no error if it appeared meanwhile). Returns its name. */
export async function createDatabase(url) {
  const name = databaseName(url);
  await withServerClient(withDatabase(url, "postgres"), async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    } catch (error) {
      if (error?.code !== "42P04") throw new EngineError(`Could not create database \`${name}\`: ${error.message}`);
    }
  });
  return name;
}

/** Drops a database, disconnecting whoever is still connected to it (PostgreSQL 13+; plain DROP before). */
export async function dropDatabase(client, name) {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  } catch (error) {
    if (error?.code !== "42601") throw error; // syntax error: a server older than 13
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
  }
}

/**
 * Empties the database at `url`: drops every user schema and recreates `schema`. Used on a configured
 * shadow database, which the Wasm engine (unlike the native one) does not wipe before replaying the
 * migrations into it.
 */
export async function emptyDatabase(url, schema) {
  await withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT nspname FROM pg_namespace
        WHERE nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast')
          AND nspname NOT LIKE 'pg_temp_%' AND nspname NOT LIKE 'pg_toast_temp_%'`,
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA ${quoteIdentifier(nspname)} CASCADE`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  });
}
