import type { Server } from "node:http";

/**
 * Graceful shutdown of the production server (scripts/lib/app-server.ts, on SIGTERM or SIGINT):
 *   1. stop accepting connections, and close kept-alive ones as their responses end;
 *   2. let requests in flight finish, up to `timeoutMs`; past it, cut what is left;
 *   3. "work" steps: background work stops after what it is doing (the email sender finishes
 *      its batch and stops its loop);
 *   4. "resources" steps: the database pools close.
 * App modules register their own steps (they are loaded inside Next's bundle, which
 * app-server.ts cannot import), in a registry kept on globalThis, keyed by name so that a module
 * loaded twice registers once.
 */
export type ShutdownPhase = "work" | "resources";
export type ShutdownStep = { name: string; phase: ShutdownPhase; run: () => Promise<void> };

const globals = globalThis as unknown as { __clientAreaShutdownSteps?: Map<string, ShutdownStep> };
const steps = (globals.__clientAreaShutdownSteps ??= new Map<string, ShutdownStep>());

export function registerShutdownStep(step: ShutdownStep): void {
  steps.set(step.name, step);
}

export function unregisterShutdownStep(name: string): void {
  steps.delete(name);
}

type Log = { info(fields: object, message: string): void; warn(fields: object, message: string): void; error(fields: object, message: string): void };

export type ShutdownResult = { exitCode: 0 | 1; timedOut: boolean; failedSteps: string[] };

/** Waits for the server's connections to end, at most `timeoutMs`; then closes whatever is left. */
async function drain(server: Server, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
  // Idle kept-alive connections hold no request: close them now, and each connection as its
  // request in flight ends, rather than at the keep-alive timeout.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const done = await Promise.race([closed, timedOut]);
  clearTimeout(timer);
  clearInterval(sweep);
  if (!done) {
    server.closeAllConnections();
    await closed;
  }
  return !done;
}

/**
 * Runs the whole sequence once (a second call returns the first's promise). `beforeSteps`
 * runs after the requests are done and before the registered steps (app-server.ts closes Next there).
 */
export function createShutdown(options: { server: Server; timeoutMs: number; logger: Log; beforeSteps?: () => Promise<void> }): () => Promise<ShutdownResult> {
  let running: Promise<ShutdownResult> | null = null;
  const sequence = async (): Promise<ShutdownResult> => {
    const { server, timeoutMs, logger } = options;
    const started = Date.now();
    logger.info({ timeoutMs }, "shutdown: no new connections; waiting for requests in flight");
    const timedOut = await drain(server, timeoutMs);
    if (timedOut) logger.warn({ timeoutMs }, "shutdown: requests still running at the time limit were cut");
    const failedSteps: string[] = [];
    const attempt = async (name: string, run: () => Promise<void>) => {
      try {
        await run();
        logger.info({ step: name }, "shutdown: step done");
      } catch (error) {
        failedSteps.push(name);
        logger.error({ step: name, err: error }, "shutdown: step failed");
      }
    };
    if (options.beforeSteps) await attempt("app", options.beforeSteps);
    for (const phase of ["work", "resources"] as const) {
      await Promise.all([...steps.values()].filter((step) => step.phase === phase).map((step) => attempt(step.name, step.run)));
    }
    logger.info({ ms: Date.now() - started, timedOut, failedSteps }, "shutdown: done");
    return { exitCode: failedSteps.length ? 1 : 0, timedOut, failedSteps };
  };
  return () => (running ??= sequence());
}
