import { describe, expect, it } from "vitest";
import { RECOVERY_CODE_COUNT, generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode } from "@/lib/auth/recovery-codes";

describe("generateRecoveryCodes", () => {
  it("makes ten distinct codes of four groups of four, without look-alike letters", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it("makes codes that normalize to themselves without the dashes", () => {
    for (const code of generateRecoveryCodes(3)) expect(normalizeRecoveryCode(code)).toBe(code.replaceAll("-", ""));
  });
});

describe("normalizeRecoveryCode", () => {
  it("ignores case, dashes and spaces, as a person types a code back", () => {
    const expected = "K7Q29XMD4TZPHB3R";
    for (const typed of ["K7Q2-9XMD-4TZP-HB3R", "k7q2-9xmd-4tzp-hb3r", "k7q2 9xmd 4tzp hb3r", " K7Q29XMD4TZPHB3R ", "K7Q2--9XMD-4TZP-HB3R"]) {
      expect(normalizeRecoveryCode(typed)).toBe(expected);
    }
  });

  it.each([
    ["too short", "K7Q2-9XMD-4TZP-HB3"],
    ["too long", "K7Q2-9XMD-4TZP-HB3RX"],
    ["an I, which is not in the alphabet", "I7Q2-9XMD-4TZP-HB3R"],
    ["an O", "O7Q2-9XMD-4TZP-HB3R"],
    ["a U", "U7Q2-9XMD-4TZP-HB3R"],
    ["punctuation", "K7Q2_9XMD_4TZP_HB3R"],
    ["a six-digit TOTP code", "123456"],
    ["nothing", ""],
  ])("refuses %s", (_label, input) => {
    expect(normalizeRecoveryCode(input)).toBeNull();
  });
});

describe("hashRecoveryCode", () => {
  it("is a stable sha256 that does not contain the code", () => {
    const hash = hashRecoveryCode("K7Q29XMD4TZPHB3R");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode("K7Q29XMD4TZPHB3R")).toBe(hash);
    expect(hashRecoveryCode("K7Q29XMD4TZPHB3S")).not.toBe(hash);
  });
});
