import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";

const PLAIN = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** Changes one character of one dot-separated part of a sealed secret. */
function tamper(sealed: string, part: number): string {
  const parts = sealed.split(".");
  const value = parts[part]!;
  parts[part] = (value[0] === "A" ? "B" : "A") + value.slice(1);
  return parts.join(".");
}

describe("sealSecret and openSecret", () => {
  beforeEach(() => vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret"));
  afterEach(() => vi.unstubAllEnvs());

  it("round-trip a secret without showing it", () => {
    const sealed = sealSecret(PLAIN);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(PLAIN);
    expect(openSecret(sealed)).toBe(PLAIN);
  });

  it("seal the same secret differently each time (a fresh IV)", () => {
    const a = sealSecret(PLAIN);
    const b = sealSecret(PLAIN);
    expect(a).not.toBe(b);
    expect(openSecret(a)).toBe(openSecret(b));
  });

  it.each([
    ["the IV", 1],
    ["the authentication tag", 2],
    ["the ciphertext", 3],
  ])("refuse a sealed secret whose %s was changed", (_label, part) => {
    expect(() => openSecret(tamper(sealSecret(PLAIN), part))).toThrow();
  });

  it("refuse to open with another NEXTAUTH_SECRET", () => {
    const sealed = sealSecret(PLAIN);
    vi.stubEnv("NEXTAUTH_SECRET", "another-secret");
    expect(() => openSecret(sealed)).toThrow();
  });

  it.each(["", "v2.a.b.c", "v1.a.b", PLAIN])("refuse the unknown format %j", (sealed) => {
    expect(() => openSecret(sealed)).toThrow("Unknown sealed secret format");
  });

  it("refuse to work without NEXTAUTH_SECRET", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    expect(() => sealSecret(PLAIN)).toThrow("NEXTAUTH_SECRET is not set");
  });
});
