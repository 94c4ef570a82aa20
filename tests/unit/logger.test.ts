import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/observability/logger";
import { requestContext, requestIdFrom } from "@/lib/observability/request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("the logger", () => {
  it("never writes a password, an authorization header or a cookie, wherever they sit", () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: "hunter2-top",
        user: { email: "a@example.test", password: "hunter2-nested", currentPassword: "old-one", newPassword: "new-one" },
        req: { headers: { authorization: "Bearer sk-live-123", cookie: "next-auth.session-token=abc", "user-agent": "curl" } },
        res: { headers: { "set-cookie": "next-auth.session-token=def" } },
        token: "reset-token-xyz",
      },
      "something happened",
    );
    const written = JSON.stringify(lines);
    for (const secret of ["hunter2-top", "hunter2-nested", "old-one", "new-one", "sk-live-123", "session-token=abc", "session-token=def", "reset-token-xyz"]) {
      expect(written).not.toContain(secret);
    }
    const [line] = lines as [{ user: { email: string; password: string }; req: { headers: Record<string, string> }; msg: string; level: string }];
    // What is not secret stays readable, and the redacted fields say they were there.
    expect(line.user.email).toBe("a@example.test");
    expect(line.user.password).toBe("[redacted]");
    expect(line.req.headers["user-agent"]).toBe("curl");
    expect(line.req.headers.authorization).toBe("[redacted]");
    expect(line.msg).toBe("something happened");
    expect(line.level).toBe("info");
  });

  it("adds the request id to every line written while a request is handled", () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: "req-123" }, () => logger.warn("inside"));
    logger.warn("outside");
    expect(lines.map((l) => l.requestId)).toEqual(["req-123", undefined]);
  });

  it("keeps an error's type, message and stack", () => {
    const { logger, lines } = capture();
    logger.error({ err: new TypeError("boom") }, "failed");
    expect(lines[0]).toMatchObject({ err: { type: "TypeError", message: "boom" } });
    expect((lines[0]!.err as { stack: string }).stack).toContain("TypeError: boom");
  });
});

describe("requestIdFrom", () => {
  const make = () => "made-here";
  it("keeps a sane incoming id and replaces anything else", () => {
    expect(requestIdFrom("0193a1b2-aaaa-7bbb-8ccc-123456789abc", make)).toBe("0193a1b2-aaaa-7bbb-8ccc-123456789abc");
    expect(requestIdFrom(["lb-1.2:3", "other"], make)).toBe("lb-1.2:3");
    for (const bad of [undefined, "", "has space", "line\nbreak", "x".repeat(129), '"quoted"']) expect(requestIdFrom(bad, make)).toBe("made-here");
  });
});
