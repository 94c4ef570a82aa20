/**
 * The driver adapter factory the Wasm engine reaches PostgreSQL through: `@prisma/adapter-pg`
 * (the same adapter the app uses at run time) with three corrections the schema engine needs,
 * wrapped by `bindMigrationAwareSqlAdapterFactory` into the shape the Wasm expects.
 *
 * The corrections touch adapter-pg internals (`performIO`, `onError`), which is why the Prisma
 * packages are pinned exactly and the migration workflow test must pass after every upgrade.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { acquireShadowDatabase } from "./shadow-database.mjs";

const CHAR_OID = 18; // PostgreSQL's one-byte internal "char" type (pg_constraint.contype, pg_class.relkind, …)
const TEXT_OID = 25;

/** The `?schema=` of a Prisma connection URL; the Wasm engine learns it from the adapter, not the URL. */
function schemaOf(url) {
  return new URL(url).searchParams.get("schema") ?? undefined;
}

/**
 * Correction 1: the engine's catalog queries return `"char"` columns, which adapter-pg refuses
 * ("Column type 'char' could not be deserialized"). Report them as `Character`: reporting them as
 * text makes the engine panic on PostgreSQL 18, whose NOT NULL constraints appear in pg_constraint.
 */
function readCharColumns(queryable) {
  if (typeof queryable.performIO !== "function") {
    throw new Error("@prisma/adapter-pg internals changed (no performIO): prisma/engine/pg-adapter.mjs needs updating.");
  }
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async (query) => {
    const charColumns = [];
    // A per-query view of the queryable whose performIO relabels "char" fields as text, so that
    // adapter-pg's own queryRaw accepts them; their real type is restored below.
    const view = Object.create(queryable, {
      performIO: {
        value: async (sqlQuery) => {
          const result = await queryable.performIO(sqlQuery);
          const fields = result.fields.map((field, index) => {
            if (field.dataTypeID !== CHAR_OID) return field;
            charColumns.push(index);
            return { ...field, dataTypeID: TEXT_OID };
          });
          return { ...result, fields };
        },
      },
    });
    const resultSet = await queryRaw.call(view, query);
    for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

/**
 * Correction 2: adapter-pg's executeScript splits the script on every ";" and runs the pieces one
 * by one, which breaks on a function body or a string containing ";" and leaves a half-applied
 * migration behind on failure. Send the script whole, like the native engine: PostgreSQL's simple
 * query protocol runs a multi-statement script as one implicit transaction.
 */
function runScriptsWhole(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error); // throws adapter-pg's mapped DriverAdapterError
    }
  };
  return adapter;
}

async function connect(url) {
  const adapter = await new PrismaPg({ connectionString: url }, { schema: schemaOf(url) }).connect();
  readCharColumns(adapter);
  runScriptsWhole(adapter);
  const startTransaction = adapter.startTransaction;
  adapter.startTransaction = async (...args) => readCharColumns(await startTransaction.apply(adapter, args));
  return adapter;
}

/**
 * The factory for the main database at `url`. Correction 3: shadow databases come from
 * shadow-database.mjs, not from `PrismaPg.connectToShadowDb()` (see there why).
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(url),
    async connectToShadowDb() {
      const shadow = await acquireShadowDatabase({ url, shadowDatabaseUrl, schema: schemaOf(shadowDatabaseUrl ?? url) ?? "public" });
      try {
        const adapter = await connect(shadow.url);
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          try {
            await dispose();
          } finally {
            await shadow.release();
          }
        };
        return adapter;
      } catch (error) {
        await shadow.release();
        throw error;
      }
    },
  });
}
