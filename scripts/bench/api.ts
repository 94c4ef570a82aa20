/**
 * `npm run bench:api [-- --rounds 3 --seconds 10 --connections 8]`: the provider's API on the
 * large data (`npm run seed:large`), on the production server started as `npm start` starts
 * it: list accounts, get the large account (200 members), issue an invoice to it, and
 * /api/health (the floor: no key, no query) — interleaved rounds, requests per second and p99.
 * A key with every scope is made for the run and revoked at its end; its rate limit is lifted
 * for the run (API_RATE_PER_MINUTE), since the bench is one client on purpose.
 */
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import pg from "pg";
import { newKeyToken } from "../../lib/api/key-token";
import { LARGE_ACCOUNT } from "../seed-large/plan";
import { loadWindow, type Window } from "./pages/load";
import { summarizeWindows } from "./pages/report";
import { startServer } from "./pages/server";
import { openRunDatabase } from "../lib/run-database";

const LOG_FILE = "/tmp/client-area-bench-api.log";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(freePort(preferred + 1)));
    server.listen(preferred, () => server.close(() => resolve(preferred)));
  });
}

type Endpoint = { name: string; path: string; method: "GET" | "POST"; body?: string; keyed: boolean };

async function main() {
  const rounds = option("rounds", 3);
  const seconds = option("seconds", 10);
  const connections = option("connections", 8);
  console.log(`bench:api: ${rounds} rounds x ${seconds} s per endpoint, ${connections} connections; ${os.cpus().length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}`);

  const database = await openRunDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const account = await client.query<{ id: string }>(`SELECT id FROM "ClientAccount" WHERE "legalName" = $1`, [LARGE_ACCOUNT.legalName]);
  if (!account.rowCount) throw new Error(`The large account is not there: run \`npm run seed:large\` first.`);
  const accountId = account.rows[0]!.id;
  const { token, prefix, secretHash } = newKeyToken();
  const scopes = ["accounts:write", "invoices:write"];
  await client.query(`INSERT INTO "ApiKey" (id, name, prefix, "secretHash", scopes) VALUES (gen_random_uuid(), $1, $2, $3, $4)`, [`bench ${prefix}`, prefix, secretHash, scopes]);
  await client.end();
  await database.stop();

  process.env.API_RATE_PER_MINUTE = "100000000";
  const server = await startServer({ port: await freePort(3150), log: createWriteStream(LOG_FILE) });
  const invoiceBody = JSON.stringify({ lines: [{ description: "Web Hosting Pro, bench month", quantity: 1, unitPriceMinor: 1499 }] });
  const endpoints: Endpoint[] = [
    { name: "GET /api/health", path: "/api/health", method: "GET", keyed: false },
    { name: "GET /accounts", path: "/api/v1/accounts?limit=50", method: "GET", keyed: true },
    { name: "GET /accounts/{id}", path: `/api/v1/accounts/${accountId}`, method: "GET", keyed: true },
    { name: "POST /accounts/{id}/invoices", path: `/api/v1/accounts/${accountId}/invoices`, method: "POST", body: invoiceBody, keyed: true },
  ];
  const results = new Map<string, Window[]>(endpoints.map((endpoint) => [endpoint.name, []]));
  try {
    console.log(`Server: npm start on ${server.url} (its output in ${LOG_FILE}); start to first page ${server.startSeconds.toFixed(1)} s`);
    const headersOf = (endpoint: Endpoint) => ({ ...(endpoint.keyed ? { authorization: `Bearer ${token}` } : {}), ...(endpoint.body ? { "content-type": "application/json" } : {}) });
    for (const endpoint of endpoints) {
      const response = await fetch(server.url + endpoint.path, { method: endpoint.method, headers: headersOf(endpoint), body: endpoint.body });
      if (!response.ok) console.log(`  ! ${endpoint.name} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < endpoints.length; i++) {
        const endpoint = endpoints[(i + round) % endpoints.length]!;
        const window = await loadWindow({ url: server.url + endpoint.path, cookie: null, connections, seconds, method: endpoint.method, headers: headersOf(endpoint), body: endpoint.body });
        results.get(endpoint.name)!.push(window);
        console.log(`  round ${round + 1}/${rounds}: ${endpoint.name.padEnd(30)} ${(window.responses / window.seconds).toFixed(1)} req/s`);
      }
    }
  } finally {
    await server.stop();
  }

  const health = summarizeWindows(results.get(endpoints[0]!.name)!);
  console.log("\n| endpoint | req/s | p50 ms | p99 ms | non-2xx | share of /api/health |\n|---|---|---|---|---|---|");
  for (const endpoint of endpoints) {
    const s = summarizeWindows(results.get(endpoint.name)!);
    console.log(`| ${endpoint.name} | ${s.rps.toFixed(1)} | ${s.p50.toFixed(0)} | ${s.p99.toFixed(0)} | ${s.failures}/${s.responses} | ${(s.rps / health.rps).toFixed(2)} |`);
  }

  // The key made for the run stops working.
  const after = await openRunDatabase();
  const cleanup = new pg.Client({ connectionString: after.url });
  await cleanup.connect();
  await cleanup.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE prefix = $1`, [prefix]);
  await cleanup.end();
  await after.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
