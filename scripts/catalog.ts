/**
 * The provider's catalog (plans with prices, domain extensions with prices) from the command
 * line, with the same rules and the same writes as the API's /catalog. Uses the run command's
 * database (DATABASE_URL, else the embedded one in .data/).
 *
 *   npm run catalog -- export > catalog.json
 *   npm run catalog -- import catalog.json [--dry-run]
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { pendingMigrations } from "./lib/pending-migrations";
import { runPrisma } from "./lib/prisma-cli";
import { openRunDatabase } from "./lib/run-database";

const USAGE = `Usage:
  npm run catalog -- export                      prints the catalog as JSON
  npm run catalog -- import <file> [--dry-run]   writes the file's plans and extensions in one transaction
                                                 (--dry-run: lists the changes and writes nothing)`;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean", default: false } } });

const database = await openRunDatabase();
process.env.DATABASE_URL = database.url;
if ((await pendingMigrations(database.url)).length > 0) runPrisma(["migrate", "deploy"]);
// Imported after DATABASE_URL is known: lib/db.ts reads it when first used.
const { db, closeDatabase } = await import("../lib/db");
const { exportCatalog } = await import("../lib/catalog/catalog-file");
const { runCatalogImport } = await import("../lib/catalog/run-import");
const { UserError } = await import("../lib/errors/user-error");
const { z } = await import("zod");

let exitCode = 0;
try {
  const [command, path] = positionals;
  if (command === "export") {
    console.log(JSON.stringify(await exportCatalog(db), null, 2));
  } else if (command === "import" && path) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      throw new Error(`${path} is not a readable JSON file: ${error instanceof Error ? error.message : error}`);
    }
    const dryRun = values["dry-run"] ?? false;
    const { changes } = await runCatalogImport(db, json, { dryRun });
    if (changes.length === 0) console.log("Nothing to change: the catalog is already as the file says.");
    for (const change of changes) console.log(`${dryRun ? "would " : ""}${change}`);
    if (dryRun && changes.length) console.log("Dry run: nothing was written.");
  } else {
    console.log(USAGE);
    exitCode = command ? 1 : 0;
  }
} catch (error) {
  if (error instanceof z.ZodError) console.error(error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`).join("\n"));
  else if (error instanceof UserError) console.error(`${error.code}${error.values ? ` ${JSON.stringify(error.values)}` : ""}`);
  else console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await closeDatabase();
  await database.stop();
}
process.exit(exitCode);
