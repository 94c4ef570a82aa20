/**
 * `npm run bench:pages [-- --rounds 3 --seconds 10 --connections 8 --only services]`:
 * measures every page of the large account (seeded by `npm run seed:large`) and the user
 * area against the bare page of the same build, on the production server started as
 * `npm start` starts it. See "Measuring at scale" in the README.
 */
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { DEMO_USERS } from "../../../prisma/demo-users";
import { LARGE_ACCOUNT } from "../../seed-large/plan";
import { ensureBuild } from "./build";
import { embeddedDataDir, prepareDatabase, restorePreload, runningEmbeddedPort } from "./database";
import { loadWindow, sequential } from "./load";
import { describeMemory, treeMemory } from "./memory";
import { parseOptions } from "./options";
import { BARE, benchPages } from "./pages";
import { resultsTable, slowestStatements, type PageResult } from "./report";
import { startServer } from "./server";
import { signIn } from "./sign-in";
import { statementCounter, type StatementCounter } from "./statements";
import { saturation, underSignIns } from "./stress";

const LOG_FILE = "/tmp/client-area-bench-pages.log";

function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(freePort(preferred + 1)));
    server.listen(preferred, () => server.close(() => resolve(preferred)));
  });
}

/** The statements one request makes: `count` requests one at a time between two readings of pg_stat_statements. */
async function countStatements(counter: StatementCounter, url: string, cookie: string | null, count: number) {
  await counter.reset();
  await sequential(url, cookie, count);
  const { calls, top } = await counter.read();
  return { perRequest: calls / count, top, requests: count };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  console.log(`bench:pages: ${options.rounds} rounds x ${options.seconds} s per page, ${options.connections} connections; ${os.cpus().length} CPUs, Node ${process.version}, load average ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}`);
  console.log(`Build: ${ensureBuild()}`);
  const { targets, previousPreload } = await prepareDatabase();
  const pages = benchPages(targets).filter((page) => page === BARE || !options.only.length || options.only.some((name) => page.name.includes(name)));

  const log = createWriteStream(LOG_FILE);
  const server = await startServer({ port: await freePort(3100), log });
  let counter: StatementCounter | null = null;
  const dataDir = embeddedDataDir();
  const postgresPort = dataDir ? runningEmbeddedPort(dataDir) : null;
  const serverUrl = postgresPort ? `postgresql://postgres:postgres@127.0.0.1:${postgresPort}/postgres` : null;
  try {
    console.log(`Server: npm start on ${server.url} (its output in ${LOG_FILE}); start to first page ${server.startSeconds.toFixed(1)} s`);
    console.log(describeMemory("Memory after start:", treeMemory(server.pid)));
    const owner = DEMO_USERS.find((user) => user.email === LARGE_ACCOUNT.ownerEmail)!;
    const cookie = await signIn(server.url, owner.email, owner.password);
    console.log(`Signed in as ${owner.email} through the credentials form's flow; large account ${targets.accountId}`);
    counter = serverUrl ? await statementCounter(serverUrl, "client_area") : null;
    if (!serverUrl) console.log("SQL statements are counted only on the embedded database (DATABASE_URL is set).");

    // Warm-up (and a check of what each page answers), then its SQL statements per request.
    const results: PageResult[] = [];
    for (const page of pages) {
      const url = server.url + page.path;
      const pageCookie = page.signedIn ? cookie : null;
      const { statuses, bytes } = await sequential(url, pageCookie, 3);
      if (statuses.some((status) => status !== 200)) console.log(`  ! ${page.name} answered ${statuses.join(", ")}`);
      const sql = counter ? await countStatements(counter, url, pageCookie, options.sqlSamples) : null;
      results.push({ page, windows: [], sql, bytes });
    }
    console.log(describeMemory("Memory after a few requests each:", treeMemory(server.pid)));

    // Interleaved rounds: every page once per round, the order rotated so no page always follows the same one.
    for (let round = 0; round < options.rounds; round++) {
      const order = results.map((_, i) => results[(i + round) % results.length]!);
      for (const result of order) {
        const window = await loadWindow({ url: server.url + result.page.path, cookie: result.page.signedIn ? cookie : null, connections: options.connections, seconds: options.seconds });
        result.windows.push(window);
        const progress = `  round ${round + 1}/${options.rounds}: ${result.page.name.padEnd(30)} ${(window.responses / window.seconds).toFixed(1).padStart(7)} req/s`;
        process.stdout.write(process.stdout.isTTY ? `\r${progress}` : `${progress}\n`);
      }
    }
    if (process.stdout.isTTY) process.stdout.write("\n");
    console.log(`Load average (1, 5, 15 min) at the end: ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}`);
    console.log(describeMemory("Memory right after the load:", treeMemory(server.pid)));
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    console.log(describeMemory("Memory 10 s later (idle):", treeMemory(server.pid)));

    console.log(`\n${resultsTable(results, results.find((r) => r.page === BARE)!)}\n`);
    console.log("share of bare: the page's req/s over the bare page's (signed out); p99 vs bare: its p99 over the bare page's.");
    console.log(`non-2xx: responses that were not 2xx, plus errors and timeouts, over all responses. SQL/req: statements PostgreSQL ran`);
    console.log(`(pg_stat_statements calls) over ${options.sqlSamples} sequential requests of the page after its warm-up. KB: the response's size.`);
    if (counter) console.log(`\nThe statement with the most database time per page (mean time, calls per request, text):\n${slowestStatements(results)}`);

    const overview = results.find((result) => result.page.name === "overview")?.page;
    if (options.stressSeconds && overview) {
      await saturation({ baseUrl: server.url, cookie, pages: [overview, BARE], seconds: options.stressSeconds, connections: options.stressConnections });
      console.log(describeMemory("Memory after the load at saturation:", treeMemory(server.pid)));
    }
    const databaseUrl = serverUrl ? serverUrl.replace(/\/postgres$/, "/client_area") : process.env.DATABASE_URL;
    if (options.signIns && overview && databaseUrl) await underSignIns({ baseUrl: server.url, cookie, path: overview.path, seconds: options.seconds, connections: options.connections, signIns: options.signIns, databaseUrl });
  } finally {
    await counter?.close();
    if (previousPreload !== null && serverUrl) await restorePreload(serverUrl, previousPreload).catch((error) => console.error("Could not restore shared_preload_libraries:", error));
    await server.stop();
    log.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
