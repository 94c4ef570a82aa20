import { describe, expect, it } from "vitest";
import { formatManualKey, generateTotpSecret, matchTotpStep, totpCodeAt, totpUri } from "@/lib/auth/totp";

// RFC 6238 appendix B: the SHA-1 key "12345678901234567890", in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const SECRET = "JBSWY3DPEHPK3PXP";
// The middle of a 30-second step, so a few seconds either way stay in the same step.
const NOW = Date.UTC(2026, 10, 23, 12, 0, 15);
const STEP = Math.floor(NOW / 30_000);

describe("TOTP codes", () => {
  it("match RFC 6238's SHA-1 test vectors (last six digits)", () => {
    expect(totpCodeAt(RFC_SECRET, 59_000)).toBe("287082");
    expect(totpCodeAt(RFC_SECRET, 1_111_111_109_000)).toBe("081804");
    expect(totpCodeAt(RFC_SECRET, 1_234_567_890_000)).toBe("005924");
  });

  it("come from 160-bit secrets that differ each time", () => {
    const a = generateTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateTotpSecret()).not.toBe(a);
  });

  it("are described for the app by an otpauth URI naming the issuer and the account", () => {
    const uri = totpUri(SECRET, { issuer: "Acme Hosting", account: "marta@example.test" });
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${SECRET}`);
    expect(uri).toContain("issuer=Acme%20Hosting");
    expect(uri).toContain("marta%40example.test");
  });

  it("have a manual key in groups of four", () => {
    expect(formatManualKey("JBSWY3DPEHPK3PXPAB")).toBe("JBSW Y3DP EHPK 3PXP AB");
  });
});

describe("matchTotpStep", () => {
  it("returns the time step of the current code", () => {
    expect(matchTotpStep(SECRET, totpCodeAt(SECRET, NOW), NOW)).toBe(STEP);
  });

  it("accepts the codes one step before and after, for clocks a little off, and names their own step", () => {
    expect(matchTotpStep(SECRET, totpCodeAt(SECRET, NOW - 30_000), NOW)).toBe(STEP - 1);
    expect(matchTotpStep(SECRET, totpCodeAt(SECRET, NOW + 30_000), NOW)).toBe(STEP + 1);
  });

  it("refuses codes two steps away", () => {
    expect(matchTotpStep(SECRET, totpCodeAt(SECRET, NOW - 60_000), NOW)).toBeNull();
    expect(matchTotpStep(SECRET, totpCodeAt(SECRET, NOW + 60_000), NOW)).toBeNull();
  });

  it("refuses the code of another secret", () => {
    expect(matchTotpStep(SECRET, totpCodeAt(RFC_SECRET, NOW), NOW)).toBeNull();
  });

  it.each(["", "12345", "1234567", "12a456", " 123456", "123 456", "１２３４５６"])("refuses the malformed code %j", (code) => {
    expect(matchTotpStep(SECRET, code, NOW)).toBeNull();
  });
});
