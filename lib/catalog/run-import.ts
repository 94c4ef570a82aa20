import type { PrismaClient } from "../generated/prisma/client";
import { importCatalog } from "./catalog-file";
import { ZCatalogFile } from "./catalog-schemas";

/** Thrown inside a dry run's transaction so PostgreSQL rolls back what the import wrote. */
class DryRunRollback extends Error {
  constructor(readonly changes: string[]) {
    super("dry run");
  }
}

/**
 * Imports a catalog file (already parsed JSON): validated with the API's schemas (a ZodError
 * names each bad field, nothing written), then written in one transaction. A dry run makes
 * exactly the same writes and rolls them back, so the changes it lists are the ones a real
 * import would make, checks that only the database can do (an unknown driver) included.
 */
export async function runCatalogImport(db: PrismaClient, json: unknown, options: { dryRun: boolean }): Promise<{ changes: string[]; written: boolean }> {
  const file = ZCatalogFile.parse(json);
  try {
    const changes = await db.$transaction(
      async (tx) => {
        const made = await importCatalog(tx, file);
        if (options.dryRun) throw new DryRunRollback(made);
        return made;
      },
      // A whole catalog is a few hundred statements.
      { timeout: 120_000 },
    );
    return { changes, written: true };
  } catch (error) {
    if (error instanceof DryRunRollback) return { changes: error.changes, written: false };
    throw error;
  }
}
