import pg from "pg";

/**
 * Sets the test file's database to another time zone than UTC, so code that reads
 * now() as UTC wall time is caught. Call it before the app's pool opens its first
 * connection: every connection then gets the setting.
 */
export async function setDatabaseTimeZone(zone: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
    await client.query(`ALTER DATABASE "${rows[0]!.name}" SET timezone = '${zone}'`);
  } finally {
    await client.end();
  }
}
