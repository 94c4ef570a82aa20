import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable, isUniqueViolation } from "@/lib/errors/database-errors";

describe("database error classification", () => {
  it("recognises a refused connection, also when wrapped", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnreachable(refused)).toBe(true);
    expect(isDatabaseUnreachable(new Error("query failed", { cause: refused }))).toBe(true);
  });

  it("does not mistake a bad query for an outage", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("syntax error"), { code: "42601" }))).toBe(false);
    expect(isDatabaseUnreachable("text")).toBe(false);
  });

  it("recognises unique violations from Prisma and PostgreSQL", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation({ code: "23505" })).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });
});
