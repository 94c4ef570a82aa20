import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** The migration folders of the repository, in the order Prisma applies them. */
export function migrationsInRepository(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The repository's migrations the database has not finished applying, read from Prisma's own
 * bookkeeping table: the run command calls `prisma migrate deploy` only when there is one,
 * which saves seconds of CPU on every start. A migration that failed half-way counts as
 * pending, so deploy runs and reports it as Prisma does.
 */
export async function pendingMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: table } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
    if (!table[0]?.exists) return migrationsInRepository(dir);
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return migrationsInRepository(dir).filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}
