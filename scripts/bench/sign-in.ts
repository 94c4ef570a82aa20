/**
 * Measures what signing in costs (bcrypt included) and what the per-request session check
 * adds (decrypting the cookie's JWT + the one query that loads session and user), on a
 * fresh embedded PostgreSQL. Prints figures; it asserts nothing.
 *
 *   npm run bench:sign-in
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { runPrisma } from "../lib/prisma-cli";

const SIGN_INS = 20;
const SESSION_CHECKS = 2000;

function summary(label: string, samples: number[], unit: "ms" | "µs") {
  const sorted = [...samples].sort((a, b) => a - b);
  const scale = unit === "µs" ? 1000 : 1;
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * scale).toFixed(unit === "µs" ? 0 : 1);
  const mean = ((samples.reduce((a, b) => a + b, 0) / samples.length) * scale).toFixed(unit === "µs" ? 0 : 1);
  console.log(`${label.padEnd(44)} n=${String(samples.length).padEnd(5)} mean ${mean} ${unit}  p50 ${at(0.5)} ${unit}  p95 ${at(0.95)} ${unit}`);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const dataDir = `/tmp/client-area-bench-${randomBytes(4).toString("hex")}`;
const postgres = await startEmbeddedPostgres({ dataDir });
try {
  await ensureDatabase(postgres.serverUrl, "bench");
  const databaseUrl = postgres.databaseUrl("bench");
  runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");

  // Imported after DATABASE_URL is set: lib/db.ts reads it once.
  const { db, closeDatabase } = await import("../../lib/db");
  const { hashPassword } = await import("../../lib/auth/password");
  const { signInWithPassword } = await import("../../lib/auth/sign-in");
  const { loadSession } = await import("../../lib/auth/sessions");
  const { encode, decode } = await import("next-auth/jwt");

  const password = "bench-password-long-enough";
  const user = await db.user.create({
    data: { email: "bench@example.test", name: "Bench", passwordHash: await hashPassword(password), emailVerifiedAt: new Date() },
  });
  const client = { ip: "203.0.113.9", userAgent: "bench", device: "bench" };

  const signIns: number[] = [];
  let sessionId = "";
  for (let i = 0; i < SIGN_INS; i++) {
    signIns.push(await time(async () => ({ sessionId } = await signInWithPassword({ email: user.email, password, client }))));
  }

  const secret = process.env.NEXTAUTH_SECRET;
  const cookie = await encode({ token: { sub: user.id, sid: sessionId }, secret });
  const decodes: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < SESSION_CHECKS; i++) {
    decodes.push(await time(() => decode({ token: cookie, secret })));
    loads.push(await time(() => loadSession(sessionId)));
  }

  console.log(`PostgreSQL 18 (embedded, local socket), Node ${process.version}, bcrypt cost 12`);
  summary("sign-in (throttle check, bcrypt, session row)", signIns, "ms");
  summary("per request: decrypt the session cookie", decodes, "µs");
  summary("per request: load session + user (1 query)", loads, "µs");
  summary("per request: both", decodes.map((d, i) => d + loads[i]!), "µs");
  await closeDatabase();
} finally {
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
