/**
 * The JSON-RPC methods: the native engine's method names, mapped onto the Wasm engine's API.
 * Most pass straight through; the exceptions are commented where they are.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createDatabase } from "./databases.mjs";
import { createAdapterFactory } from "./pg-adapter.mjs";
import { EngineError, log, methodNotFound } from "./protocol.mjs";
import { startWasmEngine } from "./wasm-engine.mjs";

/** Methods whose params go to the Wasm method of the same name unchanged. */
const PASS_THROUGH = new Set([
  "applyMigrations",
  "dbExecute",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

/**
 * evaluateDataLoss and createMigration take the schema of the migration history from a cache that
 * devDiagnostic/diagnoseMigrationHistory fill (unlike those, they get no shadow database factory).
 * After `migrate dev` has applied a pending migration the cache misses and they fail with this.
 */
const SHADOW_CACHE_MISS = /shadow DB must be provided through an external factory/;

/**
 * Creates the method handler for one engine process. `datamodelPaths` and `datasource` come from
 * the command line; the Wasm engine is started on the first method that needs it, because it
 * connects to the database straight away.
 */
export function createMethods({ datamodelPaths, datasource }) {
  let enginePromise;
  const engine = () => {
    if (!datasource?.url) {
      throw new EngineError("No database URL: set `datasource.url` in prisma.config.ts (for example from DATABASE_URL).");
    }
    enginePromise ??= startWasmEngine({
      datamodels: datamodelPaths.map((file) => [file, readFileSync(path.resolve(file), "utf8")]),
      adapterFactory: createAdapterFactory(datasource),
    });
    return enginePromise;
  };

  const withShadowCache = async (method, input) => {
    const wasm = await engine();
    try {
      return await wasm.call(method, input);
    } catch (error) {
      if (!SHADOW_CACHE_MISS.test(error.message)) throw error;
      log("INFO", `${method}: migration history not cached, replaying it into a shadow database first`);
      await wasm.call("diagnoseMigrationHistory", { migrationsList: input.migrationsList, optInToShadowDatabase: true, filters: input.filters });
      return wasm.call(method, input);
    }
  };

  return async function handle(method, params, { print }) {
    if (PASS_THROUGH.has(method)) return (await engine()).call(method, params);

    switch (method) {
      case "evaluateDataLoss":
      case "createMigration":
        return withShadowCache(method, params);

      case "diff": {
        // The native engine does not return the diff: it asks the CLI to print it (`print`
        // request) and returns only the exit code.
        const { stdout, ...result } = await (await engine()).call("diff", params);
        if (typeof stdout === "string" && stdout.length > 0) await print(stdout);
        return result;
      }

      case "getDatabaseVersion":
        return (await engine()).call("version", params);

      case "createDatabase": {
        // The Wasm engine cannot create the database it has to connect to.
        const url = params.datasource?.tag === "ConnectionString" ? params.datasource.url : datasource?.url;
        if (!url) throw new EngineError("No database URL to create a database from.");
        return { databaseName: await createDatabase(url) };
      }

      case "debugPanic":
        // FORCE_PANIC_SCHEMA_ENGINE=1: checks that panics reach the CLI the native way.
        (await engine()).debugPanic();
        return {};

      default:
        throw methodNotFound(method);
    }
  };
}
