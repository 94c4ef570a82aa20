/** Codes that mean "the database cannot be reached", as opposed to a bad query. */
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "57P01", "57P03", "08006", "08001", "P1001"]);

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
    if (typeof message === "string" && /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|Can't reach database/i.test(message)) {
      return true;
    }
    current = cause;
  }
  return false;
}

/** True for a unique-constraint violation, from Prisma or straight from PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2002" || code === "23505";
}
