import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;

// Crockford's base32 without the look-alikes I, L, O, U: 16 characters carry 80 random bits.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 16;

/** "K7Q2-9XMD-4TZP-HB3R": shown to the person once; only hashes are stored. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return chars.match(/.{4}/g)!.join("-");
  });
}

/** Case, dashes and spaces do not matter when a code is typed back. */
export function normalizeRecoveryCode(input: string): string | null {
  const chars = input.toUpperCase().replace(/[\s-]/g, "");
  return chars.length === LENGTH && [...chars].every((c) => ALPHABET.includes(c)) ? chars : null;
}

/** 80 random bits make a fast hash safe here: guessing is as hard as the code itself. */
export function hashRecoveryCode(normalized: string): string {
  return createHash("sha256").update(normalized).digest("hex");
}
