import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { refuseWrongCode, spendSecondFactorCode } from "./second-factor";
import { recordSecurityEvent } from "./security-events";
import { deliverSoon } from "@/lib/email/outbox";
import { sendSecurityAlert } from "./security-alerts";
import { completeSecondFactor, type LoadedSession } from "./sessions";
import { completeSignIn } from "./sign-in";
import { assertNotLocked, clearFailures, subjects } from "./throttle";

/**
 * The second step of signing in: the session opened by the password waits here until a
 * code from the app or an unused recovery code is given. Spending the code and opening the
 * session are one transaction. Wrong codes count toward a lock per user and per IP.
 */
export async function completeTwoFactorSignIn(session: LoadedSession, code: string, client: ClientInfo): Promise<void> {
  if (!session.awaitingSecondFactor) return;
  const { user } = session;
  const throttled = subjects("two-factor", user.id, client.ip);
  await assertNotLocked(throttled);

  const { twoFactorSecret } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoFactorSecret: true } });
  if (!twoFactorSecret) throw new UserError("secondFactorExpired");

  const match = await db.$transaction(async (tx) => {
    const match = await spendSecondFactorCode(tx, { id: user.id, twoFactorSecret }, code);
    if (!match) return null;
    if (!(await completeSecondFactor(tx, session.id))) throw new UserError("secondFactorExpired");
    if (match.method === "recovery") {
      await recordSecurityEvent(tx, { userId: user.id, kind: "RECOVERY_CODE_USED", from: client });
      await sendSecurityAlert(user, "recoveryCodeUsed", client, { remaining: match.remaining, tx });
    }
    return match;
  });
  deliverSoon();

  if (!match) return refuseWrongCode(user.id, client);

  await clearFailures(throttled[0]!);
  await completeSignIn(user, session.id, client);
}
