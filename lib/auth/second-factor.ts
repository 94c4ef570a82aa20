import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { hashRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { recordSecurityEvent } from "./security-events";
import { lockedError, recordFailure, subjects } from "./throttle";
import { matchTotpStep } from "./totp";

type Client = Prisma.TransactionClient | typeof db;

export type SecondFactorMatch = { method: "totp" } | { method: "recovery"; remaining: number } | null;

/**
 * Checks a code from the authenticator app or a recovery code, and spends it: a TOTP step
 * is accepted only if it is newer than the last one accepted, a recovery code only while
 * unused. Both are conditional updates, so two requests racing with one code cannot both
 * win. Returns null for a wrong, malformed or already used code.
 */
export async function spendSecondFactorCode(client: Client, user: { id: string; twoFactorSecret: string }, code: string): Promise<SecondFactorMatch> {
  const compact = code.replace(/[\s-]/g, "");
  if (/^\d{6}$/.test(compact)) {
    const step = matchTotpStep(openSecret(user.twoFactorSecret), compact);
    if (step === null) return null;
    const { count } = await client.user.updateMany({
      where: { id: user.id, OR: [{ twoFactorLastStep: null }, { twoFactorLastStep: { lt: step } }] },
      data: { twoFactorLastStep: step },
    });
    return count === 1 ? { method: "totp" } : null;
  }

  const normalized = normalizeRecoveryCode(compact);
  if (!normalized) return null;
  const { count } = await client.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(normalized), usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count !== 1) return null;
  return { method: "recovery", remaining: await client.recoveryCode.count({ where: { userId: user.id, usedAt: null } }) };
}

/** A wrong code counts toward the two-factor lock (per user and per IP) and is recorded for the person to see. */
export async function refuseWrongCode(userId: string, client: ClientInfo): Promise<never> {
  const locked = await recordFailure(subjects("two-factor", userId, client.ip));
  await recordSecurityEvent(db, { userId, kind: "TWO_FACTOR_FAILED", from: client });
  throw locked ? lockedError(locked) : new UserError("invalidTwoFactorCode");
}
