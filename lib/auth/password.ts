import bcrypt from "bcryptjs";

/** bcrypt cost factor: about a quarter of a second per hash on a small server. */
export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return bcrypt.compare(password, passwordHash);
}

// A real hash of a random string, compared against when the email is unknown, so a
// sign-in for an address without an account takes as long as one with a wrong password.
const TIMING_DUMMY_HASH = "$2b$12$iIjhkzNOgToCoaOi/BhVC.VXVcPfFZOu3vMoRbuirLQvkOtnETYQO";

export async function spendPasswordCheckTime(password: string): Promise<void> {
  await bcrypt.compare(password, TIMING_DUMMY_HASH);
}
