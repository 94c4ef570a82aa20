import { describe, expect, it } from "vitest";
import { createSecretToken, hashSecretToken } from "@/lib/auth/tokens";

describe("secret tokens", () => {
  it("are random, URL-safe, and stored only as a sha256 hash", () => {
    const a = createSecretToken();
    const b = createSecretToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecretToken(a.token)).toBe(a.tokenHash);
    expect(a.tokenHash).not.toContain(a.token);
  });
});
