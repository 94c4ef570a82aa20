import "server-only";
import { db } from "@/lib/db";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode } from "@/lib/auth/recovery-codes";
import { refuseWrongCode, spendSecondFactorCode } from "@/lib/auth/second-factor";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import { recordSecurityEvent } from "@/lib/auth/security-events";
import { sendSecurityAlert } from "@/lib/auth/security-alerts";
import { deliverSoon } from "@/lib/email/outbox";
import { assertNotLocked, subjects } from "@/lib/auth/throttle";
import { generateTotpSecret, matchTotpStep } from "@/lib/auth/totp";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";

type Person = { id: string; email: string; name: string; locale: string; timeZone: string };

export type TwoFactorStatus = { state: "off" } | { state: "setting-up"; secret: string } | { state: "on"; since: Date; recoveryCodesLeft: number };

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { twoFactorSecret: true, twoFactorEnabledAt: true } });
  if (user.twoFactorEnabledAt) {
    const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId, usedAt: null } });
    return { state: "on", since: user.twoFactorEnabledAt, recoveryCodesLeft };
  }
  return user.twoFactorSecret ? { state: "setting-up", secret: openSecret(user.twoFactorSecret) } : { state: "off" };
}

/** Step 1: a new key is kept (encrypted) until a code from the app proves it was scanned. */
export async function beginTwoFactorSetup(userId: string): Promise<void> {
  const { count } = await db.user.updateMany({
    where: { id: userId, twoFactorEnabledAt: null },
    data: { twoFactorSecret: sealSecret(generateTotpSecret()), twoFactorLastStep: null },
  });
  if (count !== 1) throw new UserError("twoFactorAlreadyEnabled");
}

export async function cancelTwoFactorSetup(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId, twoFactorEnabledAt: null }, data: { twoFactorSecret: null } });
}

async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normalizeRecoveryCode(code)!) })) });
  return codes;
}

/** Step 2: a valid code turns two-factor on and yields ten recovery codes, shown once. */
export async function confirmTwoFactorSetup(user: Person, code: string, client: ClientInfo): Promise<{ recoveryCodes: string[] }> {
  await assertNotLocked(subjects("two-factor", user.id, client.ip));
  const { twoFactorSecret, twoFactorEnabledAt } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoFactorSecret: true, twoFactorEnabledAt: true } });
  if (twoFactorEnabledAt) throw new UserError("twoFactorAlreadyEnabled");
  if (!twoFactorSecret) throw new UserError("twoFactorSetupExpired");
  const step = matchTotpStep(openSecret(twoFactorSecret), code);
  if (step === null) return refuseWrongCode(user.id, client);

  const recoveryCodes = await db.$transaction(async (tx) => {
    // The secret in the condition: a second setup started meanwhile in another tab wins nothing here.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, twoFactorEnabledAt: null, twoFactorSecret },
      data: { twoFactorEnabledAt: new Date(), twoFactorLastStep: step },
    });
    if (count !== 1) throw new UserError("twoFactorSetupExpired");
    await recordSecurityEvent(tx, { userId: user.id, kind: "TWO_FACTOR_ENABLED", from: client });
    await sendSecurityAlert(user, "twoFactorEnabled", client, { tx });
    return replaceRecoveryCodes(tx, user.id);
  });
  deliverSoon();
  return { recoveryCodes };
}

/** New recovery codes (password required); the old ones stop working. */
export async function regenerateRecoveryCodes(user: Person, password: string, client: ClientInfo): Promise<{ recoveryCodes: string[] }> {
  await confirmPassword(user, password, client);
  const recoveryCodes = await db.$transaction(async (tx) => {
    const enabled = await tx.user.count({ where: { id: user.id, twoFactorEnabledAt: { not: null } } });
    if (!enabled) throw new UserError("twoFactorNotEnabled");
    await recordSecurityEvent(tx, { userId: user.id, kind: "RECOVERY_CODES_REGENERATED", from: client });
    return replaceRecoveryCodes(tx, user.id);
  });
  return { recoveryCodes };
}

/** Turning two-factor off needs both the password and a code (or a recovery code). */
export async function disableTwoFactor(user: Person, input: { password: string; code: string }, client: ClientInfo): Promise<void> {
  await assertNotLocked(subjects("two-factor", user.id, client.ip));
  await confirmPassword(user, input.password, client);
  const { twoFactorSecret, twoFactorEnabledAt } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoFactorSecret: true, twoFactorEnabledAt: true } });
  if (!twoFactorEnabledAt || !twoFactorSecret) throw new UserError("twoFactorNotEnabled");

  const disabled = await db.$transaction(async (tx) => {
    const match = await spendSecondFactorCode(tx, { id: user.id, twoFactorSecret }, input.code);
    if (!match) return false;
    await tx.user.update({ where: { id: user.id }, data: { twoFactorSecret: null, twoFactorEnabledAt: null, twoFactorLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordSecurityEvent(tx, { userId: user.id, kind: "TWO_FACTOR_DISABLED", from: client });
    await sendSecurityAlert(user, "twoFactorDisabled", client, { tx });
    return true;
  });
  if (!disabled) return refuseWrongCode(user.id, client);
  deliverSoon();
}
