#!/usr/bin/env node
/**
 * Stand-in for Prisma's native `schema-engine` binary, which the CLI would otherwise download from
 * Prisma's binary host before every command. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
 * here. It speaks the native engine's command line and JSON-RPC protocol and does the work with the
 * Wasm build of the same engine, over @prisma/adapter-pg. See README.md.
 *
 *   schema-engine.mjs --version
 *   schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database | create-database
 *   schema-engine.mjs [--datamodels <path>]… [--datasource '{"url":…,"shadowDatabaseUrl":…}']
 *                     (JSON-RPC on stdin/stdout)
 */
import { checkConnection, createDatabase } from "./databases.mjs";
import { createMethods } from "./methods.mjs";
import { EngineError, log, logCliError, serveJsonRpc } from "./protocol.mjs";
import { dropAllTemporaryDatabases } from "./shadow-database.mjs";
import { engineVersion, isPanic, panicError } from "./wasm-engine.mjs";

// Node writes warnings to stderr as plain text, and the CLI parses every stderr line as JSON.
process.removeAllListeners("warning");
process.on("warning", (warning) => log("WARN", `${warning.name}: ${warning.message}`));

function parseArguments(argv) {
  const options = { version: false, datamodelPaths: [], datasource: undefined, cliCommand: undefined };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const [flag, inlineValue] = argument.startsWith("--") && argument.includes("=") ? argument.split(/=(.*)/s) : [argument];
    const value = () => inlineValue ?? argv[++i];
    switch (flag) {
      case "--version":
      case "-V":
        options.version = true;
        break;
      case "--datamodels":
        options.datamodelPaths.push(value());
        break;
      case "--datasource":
        options.datasource = JSON.parse(value());
        break;
      case "--enabled-preview-features":
      case "--extension-types":
        value(); // PostgreSQL needs neither here; the Wasm engine reads preview features from the schema.
        break;
      case "cli":
        options.cliCommand = argv[++i];
        break;
      default:
        throw new EngineError(`Unknown argument: ${argument}`);
    }
  }
  return options;
}

/** `cli <command>`: one-shot commands the CLI judges by exit code and stderr. */
async function runCliCommand(command, datasource) {
  // The CLI ignores the first stderr line of a one-shot command.
  log("INFO", "Starting schema engine CLI (Wasm stand-in)", { git_hash: engineVersion() });
  try {
    const url = datasource?.url;
    if (!url) throw new EngineError("No database URL given (--datasource).");
    if (command === "can-connect-to-database") await checkConnection(url);
    else if (command === "create-database") await createDatabase(url);
    else throw new EngineError(`Unknown cli command: ${command}`);
    return 0;
  } catch (error) {
    logCliError(error);
    return 1;
  }
}

/** JSON-RPC mode. A Wasm panic ends the process with 101 after the reply, like the native engine. */
async function serve(options) {
  const methods = createMethods(options);
  let exitCode = 0;

  const handle = async (method, params, context) => {
    try {
      return await methods(method, params, context);
    } catch (error) {
      if (!isPanic(error)) throw error;
      exitCode = 101;
      throw panicError(error);
    } finally {
      // The CLI kills this process as soon as it has its last reply: leave nothing behind.
      await dropAllTemporaryDatabases();
    }
  };

  // A panic inside an async Wasm call surfaces here instead of rejecting the call's promise.
  const onFatal = async (error) => {
    const fatal = isPanic(error) ? panicError(error) : error;
    log("ERROR", `Fatal error: ${fatal?.stack ?? fatal}`);
    await dropAllTemporaryDatabases();
    server.failCurrent(fatal);
    process.exit(isPanic(error) ? 101 : 1);
  };
  process.on("uncaughtException", onFatal);
  process.on("unhandledRejection", onFatal);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => dropAllTemporaryDatabases().finally(() => process.exit(0)));
  }

  const server = serveJsonRpc(handle, { afterReply: () => exitCode && process.exit(exitCode) });
  await server.done;
  return exitCode;
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    logCliError(error);
    return 1;
  }
  if (options.version) {
    process.stdout.write(`schema-engine-cli ${engineVersion()}\n`);
    return 0;
  }
  if (options.cliCommand) return runCliCommand(options.cliCommand, options.datasource);
  return serve(options);
}

// Exit explicitly: the engine's connection pools would keep the process alive after stdin closes.
main().then(
  (code) => process.exit(code),
  (error) => {
    logCliError(error);
    process.exit(1);
  },
);
