/**
 * The wire protocol the Prisma CLI speaks with its schema engine: log lines on stderr, error shapes,
 * and newline-delimited JSON-RPC 2.0 on stdin/stdout.
 *
 * Everything here mirrors what the CLI parses (node_modules/prisma/build/cli.js, class `SchemaEngineCLI`),
 * so it is the first place to look when a Prisma upgrade changes that protocol.
 */
import readline from "node:readline";

/** An error the CLI shows to the user; `code` is a Prisma error code such as P1003 or P3006. */
export class EngineError extends Error {
  constructor(message, { code, meta, isPanic = false } = {}) {
    super(message);
    this.name = "EngineError";
    this.code = code;
    this.meta = meta;
    this.isPanic = isPanic;
  }
}

/**
 * Writes one tracing-style JSON line on stderr, the shape the native engine logs in. The CLI reads
 * every stderr line as JSON (one-shot `cli …` commands fail to parse anything else), so nothing else
 * may ever be written there.
 */
export function log(level, message, fields = {}) {
  writeLogLine(JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target: "schema_engine" }));
}

/** Forwards a line that is already in the tracing JSON shape (the Wasm engine's own logs). */
export function writeLogLine(line) {
  process.stderr.write(`${String(line).trimEnd()}\n`);
}

/**
 * How a one-shot `cli …` command reports failure: the CLI skips the first stderr line and looks
 * for an ERROR line from `schema_engine::logger` carrying `error_code` and `message`.
 */
export function logCliError(error) {
  const fields = { message: error.message };
  if (error.code) fields.error_code = error.code;
  writeLogLine(JSON.stringify({ timestamp: new Date().toISOString(), level: "ERROR", fields, target: "schema_engine::logger" }));
}

/** The JSON-RPC error object the CLI understands (`error.data.{is_panic,message,error_code}`). */
export function toRpcError(error) {
  const message = error?.message ?? String(error);
  if (error?.isPanic) {
    // For a panic the CLI prints `data.error.message`, and keeps `data.message` for the report.
    return { code: 4466, message, data: { is_panic: true, message, error: { message } } };
  }
  const data = { is_panic: false, message };
  if (error?.code) data.error_code = error.code;
  if (error?.meta) data.meta = error.meta;
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

/**
 * Serves JSON-RPC requests from stdin, one at a time and in order (the CLI never sends two at once).
 * `handle(method, params, { print })` returns the result or throws; `print` sends the CLI the
 * `print` request through which `migrate diff` output reaches stdout. `afterReply` runs after each
 * reply is written.
 * Returns `done` (settles when stdin closes) and `failCurrent(error)`, which answers the request in
 * progress, if any, with an error (for a crash outside the request's own promise).
 */
export function serveJsonRpc(handle, { afterReply = () => {} } = {}) {
  let nextOutgoingId = 1;
  const pendingOutgoing = new Map();
  let queue = Promise.resolve();
  let current; // the request being handled

  // Writes to a pipe are synchronous on Linux, so a reply is out before a following process.exit().
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  const print = (content) =>
    new Promise((resolve, reject) => {
      const id = nextOutgoingId++;
      pendingOutgoing.set(id, { resolve, reject });
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const reply = (id, outcome) => {
    if (current?.id !== id) return; // already answered
    current = undefined;
    send({ jsonrpc: "2.0", id, ...outcome });
  };

  const handleRequest = async ({ id, method, params }) => {
    current = { id };
    try {
      const result = await handle(method, params ?? {}, { print });
      // JSON-RPC needs a `result` key even for "nothing": the CLI rejects a response without one.
      reply(id, { result: result ?? {} });
    } catch (error) {
      reply(id, { error: error?.rpcError ?? toRpcError(error) });
    }
    afterReply();
  };

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      log("ERROR", `Could not parse a JSON-RPC message from the CLI: ${line.slice(0, 200)}`);
      return;
    }
    if (typeof message.method === "string") {
      queue = queue.then(() => handleRequest(message));
    } else if (pendingOutgoing.has(message.id)) {
      // The CLI's answer to one of our own requests (`print`).
      const { resolve, reject } = pendingOutgoing.get(message.id);
      pendingOutgoing.delete(message.id);
      if (message.error) reject(new Error(`The CLI refused a print request: ${JSON.stringify(message.error)}`));
      else resolve(message.result);
    }
  });

  return {
    done: new Promise((resolve) => lines.on("close", () => queue.then(resolve))),
    failCurrent: (error) => current && reply(current.id, { error: toRpcError(error) }),
  };
}

/** A JSON-RPC error for a method this stand-in does not implement. */
export function methodNotFound(method) {
  const error = new Error(`Method not found: ${method}`);
  error.rpcError = { code: -32601, message: `Method not found: ${method}` };
  return error;
}
