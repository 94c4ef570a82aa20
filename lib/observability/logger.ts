import pino, { type Logger, type LoggerOptions } from "pino";
import { requestContext } from "./request-context";

/**
 * Structured JSON logs, one object per line on stdout, for operators (English). Every line
 * written while a request is handled carries its requestId, so an error can be found next to
 * the request line that caused it. Secrets never reach a log line: whatever sits at these
 * paths is replaced by "[redacted]", however the caller named the object around it.
 */
export const REDACT_PATHS = [
  "authorization",
  "cookie",
  "password",
  "currentPassword",
  "newPassword",
  "passwordHash",
  "token",
  "secret",
  '["set-cookie"]',
  "*.authorization",
  "*.cookie",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.passwordHash",
  "*.token",
  "*.secret",
  '*["set-cookie"]',
  "*.*.authorization",
  "*.*.cookie",
  "*.*.password",
  '*.*["set-cookie"]',
];

export function loggerOptions(): LoggerOptions {
  return {
    level: process.env.LOG_LEVEL ?? "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    // Errors logged as { err } keep their type, message and stack.
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    mixin() {
      const requestId = requestContext.getStore()?.requestId;
      return requestId ? { requestId } : {};
    },
  };
}

/** A logger writing to `destination` (tests) with the app's options. */
export function createLogger(destination?: pino.DestinationStream): Logger {
  return destination ? pino(loggerOptions(), destination) : pino(loggerOptions());
}

const globals = globalThis as unknown as { __clientAreaLogger?: Logger };

/** The process's logger, shared by scripts/lib/app-server.ts and the bundled app. */
export const logger: Logger = (globals.__clientAreaLogger ??= createLogger());
