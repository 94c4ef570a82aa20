/**
 * The provider's API keys, from the command line (the API has no page: keys are for the
 * provider's own systems). Uses the run command's database (DATABASE_URL, else the embedded
 * one in .data/, whether or not the app is running).
 *
 *   npm run api-keys -- create --name billing --scopes accounts:write,invoices:write [--networks 203.0.113.0/24,2001:db8::/32]
 *   npm run api-keys -- list
 *   npm run api-keys -- revoke --name billing
 */
import { parseArgs } from "node:util";
import { pendingMigrations } from "./lib/pending-migrations";
import { runPrisma } from "./lib/prisma-cli";
import { openRunDatabase } from "./lib/run-database";

const USAGE = `Usage:
  npm run api-keys -- create --name <name> --scopes <scope,scope> [--networks <cidr,cidr>]
  npm run api-keys -- list
  npm run api-keys -- revoke --name <name>
Scopes: <resource>:read or <resource>:write, resources accounts, services, domains, invoices, tickets, webhooks, catalog (write includes read).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, scopes: { type: "string" }, networks: { type: "string" } },
});
const list = (value: string | undefined) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);

const database = await openRunDatabase();
process.env.DATABASE_URL = database.url;
if ((await pendingMigrations(database.url)).length > 0) runPrisma(["migrate", "deploy"]);
// Imported after DATABASE_URL is known: lib/db.ts reads it when first used.
const { createApiKey, listApiKeys, revokeApiKey } = await import("../lib/api/keys");
const { closeDatabase } = await import("../lib/db");
const { z } = await import("zod");

let exitCode = 0;
try {
  const [command] = positionals;
  if (command === "create") {
    const { token, key } = await createApiKey({ name: values.name ?? "", scopes: list(values.scopes), allowedNetworks: list(values.networks) });
    console.log(`Key "${key.name}" created with ${key.scopes.join(", ")}${key.allowedNetworks.length ? `, from ${key.allowedNetworks.join(", ")}` : ""}.`);
    console.log("Its token, shown this once (send it as Authorization: Bearer <token>):");
    console.log(token);
  } else if (command === "list") {
    const keys = await listApiKeys();
    if (keys.length === 0) console.log("No keys.");
    for (const key of keys) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : key.lastUsedAt ? `last used ${key.lastUsedAt.toISOString()}` : "never used";
      console.log(`${key.name}  ca_${key.prefix}_…  ${key.scopes.join(",")}  ${key.allowedNetworks.join(",") || "any network"}  created ${key.createdAt.toISOString()}  ${state}`);
    }
  } else if (command === "revoke") {
    if (!values.name) throw new Error("revoke needs --name.");
    if (!(await revokeApiKey(values.name))) throw new Error(`There is no live key named "${values.name}".`);
    console.log(`Key "${values.name}" revoked: it is refused from the next request on.`);
  } else {
    console.log(USAGE);
    exitCode = command ? 1 : 0;
  }
} catch (error) {
  console.error(error instanceof z.ZodError ? error.issues.map((issue) => issue.message).join("\n") : error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await closeDatabase();
  await database.stop();
}
process.exit(exitCode);
