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

type DatabaseGlobals = { __clientAreaDb?: { pool?: pg.Pool; prisma?: { $disconnect(): Promise<void> } } };

afterAll(async () => {
  // lib/db.ts keeps its client on globalThis; close it so the next file starts clean.
  const globals = globalThis as DatabaseGlobals;
  await globals.__clientAreaDb?.prisma?.$disconnect();
  await globals.__clientAreaDb?.pool?.end();
  delete globals.__clientAreaDb;
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});
