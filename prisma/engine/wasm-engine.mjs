/**
 * Loads Prisma's WebAssembly build of the schema engine and turns its errors into the native ones.
 *
 * The `.wasm` is the one the `prisma` package ships (built from the same engines commit as the CLI,
 * so `--version` reports the hash the CLI expects); the JS glue that instantiates it comes from
 * `@prisma/schema-engine-wasm`, pinned to that commit. A mismatch is detected here, at load time.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { EngineError, writeLogLine } from "./protocol.mjs";

let instantiated = false;
let panicMessage;

function instantiate() {
  if (instantiated) return;
  // A Rust panic reports its message here just before the Wasm aborts with "unreachable".
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };

  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const imports = {};
  const missing = [];
  for (const { module: from, name } of WebAssembly.Module.imports(wasmModule)) {
    if (!(name in glue)) missing.push(name);
    imports[from] = glue;
  }
  if (missing.length > 0) {
    throw new EngineError(
      `${wasmPath} does not match the installed @prisma/schema-engine-wasm glue (missing: ${missing.slice(0, 5).join(", ")}…). ` +
        "Pin @prisma/schema-engine-wasm to the engines version of the installed prisma package (see prisma/engine/README.md).",
    );
  }
  const instance = new WebAssembly.Instance(wasmModule, imports);
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  instantiated = true;
}

/** The engines commit hash of the Wasm engine (what the native binary prints for `--version`). */
export function engineVersion() {
  instantiate();
  return glue.version();
}

/** True when `error` is (or follows) a Rust panic inside the Wasm engine. */
export function isPanic(error) {
  return panicMessage !== undefined || error instanceof WebAssembly.RuntimeError;
}

/** The error to report for a panic: the Rust panic message when there is one. */
export function panicError(error) {
  return new EngineError(panicMessage ?? error?.message ?? String(error), { isPanic: true });
}

/** Native error codes for the connection errors that the Wasm engine reports without one. */
const CODES_BY_MESSAGE = [
  [/^Can't reach database server/, "P1001"],
  [/^Database `[^`]*` does not exist/, "P1003"],
  [/^Authentication failed/, "P1000"],
  [/^Timed out/, "P1002"],
];

/**
 * Turns what the Wasm engine throws into an EngineError. Errors thrown by our own JS code inside
 * the adapter come back as "External error id#N" and are looked up in the adapter's error registry.
 * The span list the engine appends to some messages is kept: the native engine prints it too.
 */
export function normalizeError(error, adapterFactory) {
  if (error instanceof EngineError) return error;
  if (isPanic(error)) return panicError(error);

  let message = error?.message ?? String(error);
  const external = /External error id#(\d+)/.exec(message);
  if (external) {
    const original = adapterFactory.errorRegistry.consumeError(Number(external[1]))?.error;
    if (original instanceof EngineError) return original;
    if (original) message = original.message ?? String(original);
  }

  message = message.trimEnd();

  const code = error?.code ?? CODES_BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1];
  return new EngineError(message, { code, meta: error?.meta });
}

/**
 * Starts a Wasm engine on the adapter factory. `datamodels` are `[path, content]` pairs; the engine
 * connects to the database right away.
 */
export async function startWasmEngine({ datamodels, adapterFactory }) {
  instantiate();
  const onLog = (line) => writeLogLine(line);
  try {
    // `datamodels` must be undefined or non-empty.
    const engine = await glue.SchemaEngine.new({ datamodels: datamodels.length > 0 ? datamodels : undefined }, onLog, adapterFactory);
    return {
      /** Calls an engine method; keep `engine[method](…)` as one expression or wasm-bindgen loses `this`. */
      async call(method, input) {
        try {
          return await engine[method](input);
        } catch (error) {
          throw normalizeError(error, adapterFactory);
        }
      },
      debugPanic() {
        engine.debugPanic();
      },
    };
  } catch (error) {
    throw normalizeError(error, adapterFactory);
  }
}
