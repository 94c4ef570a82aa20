import { readFileSync } from "node:fs";
import path from "node:path";

export const PASSWORD_MIN_LENGTH = 10;
// bcrypt reads at most 72 bytes; a longer limit would silently ignore the rest.
export const PASSWORD_MAX_BYTES = 72;

let commonPasswords: Set<string> | undefined;

function loadCommonPasswords(): Set<string> {
  const file = path.join(process.cwd(), "lib/auth/common-passwords.txt");
  const lines = readFileSync(file, "utf8").split("\n");
  return new Set(lines.filter((line) => line && !line.startsWith("#")));
}

/** True when the password is in the shipped list of the most common passwords (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords.has(password.toLowerCase());
}
