/**
 * `npm run check:shutdown`: the graceful shutdown of the real production server, end to end.
 * Starts the run command (`scripts/run.ts start`, the production build in .next, its own
 * embedded database in .data/shutdown-check), opens a sign-in request and sends half its body,
 * sends SIGTERM to the run command, checks that a new connection is refused, sends the rest,
 * and checks that the request is answered and the run command exits 0. Needs `npm run build`.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.CHECK_PORT ?? 3947);
const BASE = `http://localhost:${PORT}`;

if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
  console.error("check:shutdown needs the production build: run `npm run build` first");
  process.exit(1);
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"}  ${what}`);
  if (!ok) failures.push(what);
};

const server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/run.ts"), "start"], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(PORT), DATA_DIR: ".data/shutdown-check", DATABASE_URL: "", LOG_LEVEL: "info" },
  stdio: ["ignore", "pipe", "inherit"],
});
let output = "";
server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  await until(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status === 200, 180_000, "the server to start");

  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ email: "marta@example.com", password: "demo-marta-2026", csrfToken, callbackUrl: `${BASE}/`, json: "true" }).toString();

  // The request in flight: headers and half the body now, the rest after the signal.
  const answered = new Promise<number>((resolve, reject) => {
    const slow = request(`${BASE}/api/auth/callback/password`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), origin: BASE, cookie },
    });
    slow.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    slow.on("error", reject);
    slow.write(body.slice(0, 20));
    setTimeout(() => {
      server.kill("SIGTERM");
      void until(() => output.includes("shutdown: no new connections"), 10_000, "the shutdown to begin")
        .then(async () => {
          const refused = await fetch(`${BASE}/sign-in`).then(
            () => false,
            () => true,
          );
          check(refused, "a new connection is refused once the shutdown has begun");
          slow.end(body.slice(20));
        })
        .catch(reject);
    }, 500);
  });

  const status = await answered;
  check(status === 200, `the request in flight is answered (status ${status}, 200 expected: the sign-in went through)`);
  const code = await exited;
  check(code === 0, `the run command exits 0 (exit ${code})`);
  for (const step of ["email outbox", "job scheduler", "database pool"]) check(output.includes(`"step":"${step}","msg":"shutdown: step done"`), `shutdown step "${step}" done`);
}

main()
  .catch((error: unknown) => {
    failures.push(String(error));
    console.error(error);
  })
  .finally(() => {
    if (server.exitCode === null) server.kill("SIGKILL");
    if (failures.length) console.log(`\nthe server's last output:\n${output.split("\n").slice(-30).join("\n")}`);
    console.log(failures.length ? `\n${failures.length} check(s) failed` : "\nshutdown checks passed");
    process.exitCode = failures.length ? 1 : 0;
  });
