/**
 * Shadow databases: where the engine replays the migration history to learn the schema it produces
 * (`migrate dev`, `migrate diff --from-migrations`).
 *
 * Why not `PrismaPg.connectToShadowDb()`: it creates a database and then connects with
 * `{ ...config, database }`, but `pg` lets `connectionString` win over `database`, so it would replay
 * the migrations into the main database. Instead:
 * - with no `shadowDatabaseUrl` configured, a temporary database is created on the main server and
 *   dropped again when the engine is done with it (or, at the latest, before the reply is sent: the
 *   CLI kills the engine right after the last reply, so nothing may be left for later);
 * - with `shadowDatabaseUrl`, that database is emptied first (the native engine does that; the Wasm
 *   engine does not, and replaying into leftovers fails with P3006 "relation already exists").
 */
import { randomUUID } from "node:crypto";
import { EngineError, log } from "./protocol.mjs";
import { databaseName, dropDatabase, emptyDatabase, quoteIdentifier, withDatabase, withServerClient } from "./databases.mjs";

/** Temporary databases created by this process and not dropped yet: name -> server URL. */
const liveTemporaryDatabases = new Map();

/** Same server and same database, whatever the credentials or parameters. */
function sameDatabase(a, b) {
  const [x, y] = [new URL(a), new URL(b)];
  const port = (url) => url.port || "5432";
  return x.hostname === y.hostname && port(x) === port(y) && databaseName(a) === databaseName(b);
}

/**
 * Prepares a shadow database and returns its URL plus a `release()` that gives it back
 * (drops it when it is a temporary one).
 */
export async function acquireShadowDatabase({ url, shadowDatabaseUrl, schema }) {
  if (shadowDatabaseUrl) {
    if (sameDatabase(url, shadowDatabaseUrl)) {
      throw new EngineError(
        "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
      );
    }
    await emptyDatabase(shadowDatabaseUrl, schema);
    return { url: shadowDatabaseUrl, release: async () => {} };
  }

  // The same name pattern as the native engine, so leftovers are recognisable.
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  try {
    await withServerClient(url, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
  } catch (error) {
    throw new EngineError(
      `Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\nOriginal error: ${error.message}`,
      { code: "P3014" },
    );
  }
  liveTemporaryDatabases.set(name, url);
  log("INFO", `Created temporary shadow database ${name}`);
  return { url: withDatabase(url, name), release: () => dropTemporaryDatabase(name) };
}

async function dropTemporaryDatabase(name) {
  const serverUrl = liveTemporaryDatabases.get(name);
  if (!serverUrl) return;
  liveTemporaryDatabases.delete(name);
  try {
    await withServerClient(serverUrl, (client) => dropDatabase(client, name));
    log("INFO", `Dropped temporary shadow database ${name}`);
  } catch (error) {
    log("WARN", `Could not drop temporary shadow database ${name}: ${error.message}`);
  }
}

/** Drops every temporary shadow database still alive (after each request, and on a panic or kill). */
export async function dropAllTemporaryDatabases() {
  await Promise.all([...liveTemporaryDatabases.keys()].map(dropTemporaryDatabase));
}
