import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export type BenchServer = { url: string; pid: number; startSeconds: number; stop(): Promise<void> };

/**
 * Starts the app exactly as a person does, `npm start` (scripts/run.ts: database, migrations,
 * then scripts/serve.ts with the production build), in its own process group, with
 * BENCH_BARE=1 so the bare page exists. Its output goes to `logFile`'s stream.
 * Stopping sends SIGINT to the group, as Ctrl-C in a terminal does.
 */
export async function startServer({ port, log }: { port: number; log: NodeJS.WritableStream }): Promise<BenchServer> {
  const url = `http://localhost:${port}`;
  const started = performance.now();
  const child: ChildProcess = spawn("npm", ["start"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), APP_URL: url, NEXTAUTH_URL: url, BENCH_BARE: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, "SIGINT");
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 30_000);
    await exited;
    clearTimeout(timer);
  };

  while (child.exitCode === null) {
    try {
      const response = await fetch(`${url}/sign-in`, { redirect: "manual" });
      if (response.status < 500) return { url, pid: child.pid!, startSeconds: (performance.now() - started) / 1000, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start exited with code ${child.exitCode} before serving; see its log.`);
}
