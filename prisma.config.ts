import { accessSync, chmodSync, constants } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// The Prisma CLI downloads its native schema engine before every command, from a host this
// project cannot reach. prisma/engine/ holds a stand-in that runs Prisma's Wasm build of the same
// engine; point the CLI at it unless the caller chose an engine already (see prisma/engine/README.md).
const schemaEngine = fileURLToPath(new URL("./prisma/engine/schema-engine.mjs", import.meta.url));
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = schemaEngine;
  try {
    accessSync(schemaEngine, constants.X_OK);
  } catch {
    // The CLI executes the file directly; restore the executable bit if a copy or unzip lost it.
    chmodSync(schemaEngine, 0o755);
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // `env("DATABASE_URL")` would throw when it is unset, even for `prisma generate` (run by
    // `npm ci`), which needs no database. The placeholder fails clearly if a command does need one.
    url: process.env.DATABASE_URL ?? "postgresql://database-url-not-set.invalid:5432/placeholder",
  },
});
