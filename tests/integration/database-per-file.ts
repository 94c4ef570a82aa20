/**
 * Gives the test file a fresh database, copied from the migrated template, and points the
 * app's database client at it. Dropped again when the file is done.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const serverUrl = inject("databaseServerUrl");
const template = inject("templateDatabase");
const database = `test_${randomBytes(6).toString("hex")}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
process.env.TEST_DATABASE_SERVER_URL = serverUrl;
process.env.DATABASE_URL = new URL(database, serverUrl.replace(/\/[^/]*$/, "/")).toString();

afterAll(async () => {
  // Imported here, not at the top: lib/db.ts reads DATABASE_URL when first imported.
  const { closeDatabase } = await import("@/lib/db");
  await closeDatabase();
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});
