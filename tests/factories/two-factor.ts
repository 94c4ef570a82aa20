import { db } from "@/lib/db";
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode } from "@/lib/auth/recovery-codes";
import { sealSecret } from "@/lib/auth/secret-box";
import { generateTotpSecret, totpCodeAt } from "@/lib/auth/totp";
import { createUser } from "./users";

/** A verified user with two-factor on, straight in the database; no code has been used yet. */
export async function createUserWithTwoFactor(overrides: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(overrides);
  const secret = generateTotpSecret();
  const recoveryCodes = generateRecoveryCodes();
  await db.user.update({ where: { id: user.id }, data: { twoFactorSecret: sealSecret(secret), twoFactorEnabledAt: new Date() } });
  await db.recoveryCode.createMany({ data: recoveryCodes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(normalizeRecoveryCode(code)!) })) });
  return { user, secret, recoveryCodes };
}

/** The authenticator app's code `steps` 30-second steps from now (0: the current code). */
export function codeFor(secret: string, steps = 0): string {
  return totpCodeAt(secret, Date.now() + steps * 30_000);
}
