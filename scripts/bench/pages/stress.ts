import pg from "pg";
import { GENERATED_EMAIL_DOMAIN, GENERATED_PASSWORD } from "../../seed-large/plan";
import { loadWindow, type Window } from "./load";
import { signIn } from "./sign-in";

const percentile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]! : NaN);

function figures(window: Window) {
  const sorted = [...window.latenciesMs].sort((a, b) => a - b);
  return { rps: window.responses / window.seconds, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), failures: window.non2xx, errors: window.errors, timeouts: window.timeouts };
}

const line = (label: string, f: ReturnType<typeof figures>) =>
  `  ${label.padEnd(34)} ${f.rps.toFixed(1).padStart(7)} req/s  p50 ${f.p50.toFixed(0).padStart(5)} ms  p99 ${f.p99.toFixed(0).padStart(6)} ms  non-2xx ${f.failures}  errors ${f.errors}  timeouts ${f.timeouts}`;

/**
 * Issue 17's "no errors under load": `connections` requests in flight for `seconds` on each
 * page (the overview and the bare page). Prints throughput, p50, p99 and every failure kind.
 */
export async function saturation(options: { baseUrl: string; cookie: string; pages: { name: string; path: string; signedIn: boolean }[]; seconds: number; connections: number }) {
  console.log(`\nUnder load: ${options.connections} connections for ${options.seconds} s per page`);
  for (const page of options.pages) {
    const window = await loadWindow({ url: options.baseUrl + page.path, cookie: page.signedIn ? options.cookie : null, connections: options.connections, seconds: options.seconds });
    console.log(line(page.name, figures(window)));
  }
}

/** Generated users of the large data set (npm run seed:large), who all sign in with one password. */
async function benchUsers(databaseUrl: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(`SELECT email FROM "User" WHERE email LIKE $1 ORDER BY email LIMIT $2`, [`%@${GENERATED_EMAIL_DOMAIN}`, count]);
    return rows.map((row) => row.email);
  } finally {
    await client.end();
  }
}

/**
 * Issue 17's "sign-ins do not stall the site": the overview alone for `seconds`, then the
 * same while `signIns` people sign in over and over (each a real credentials sign-in with
 * bcrypt); prints both, the share kept and the p99 ratio, and how the sign-ins fared.
 */
export async function underSignIns(options: { baseUrl: string; cookie: string; path: string; seconds: number; connections: number; signIns: number; databaseUrl: string }) {
  const emails = await benchUsers(options.databaseUrl, options.signIns);
  if (emails.length < options.signIns) return console.log(`\nSign-ins: skipped, the database has ${emails.length} generated users (run npm run seed:large).`);
  const overview = () => loadWindow({ url: options.baseUrl + options.path, cookie: options.cookie, connections: options.connections, seconds: options.seconds });

  const alone = figures(await overview());
  let running = true;
  const signInTimes: number[] = [];
  let signInFailures = 0;
  const signingIn = emails.map(async (email) => {
    while (running) {
      const started = performance.now();
      try {
        await signIn(options.baseUrl, email, GENERATED_PASSWORD);
        signInTimes.push(performance.now() - started);
      } catch {
        signInFailures++;
      }
    }
  });
  const during = figures(await overview());
  running = false;
  await Promise.all(signingIn);

  const sorted = signInTimes.sort((a, b) => a - b);
  console.log(`\nThe overview while ${options.signIns} people sign in over and over (${options.connections} connections, ${options.seconds} s each)`);
  console.log(line("overview alone", alone));
  console.log(line(`overview during ${options.signIns} sign-ins`, during));
  console.log(`  throughput kept ${(during.rps / alone.rps).toFixed(2)} (target 0.80); p99 ${(during.p99 / alone.p99).toFixed(2)}x (target at most 1.5x)`);
  console.log(`  sign-ins completed ${sorted.length} (${(sorted.length / options.seconds).toFixed(1)}/s), p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p99 ${percentile(sorted, 0.99).toFixed(0)} ms, failed ${signInFailures}`);
}
