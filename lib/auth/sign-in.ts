import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { authenticateWithPassword } from "@/lib/users/authenticate";
import { recordSecurityEvent } from "./security-events";
import { sendSecurityAlert } from "./security-alerts";
import { createSession, isKnownDevice } from "./sessions";
import { assertNotLocked, clearFailures, lockedError, recordFailure, subjects } from "./throttle";

type SignInUser = { id: string; email: string; name: string; locale: string; timeZone: string; twoFactorEnabled: boolean };
export type OpenedSession = { userId: string; sessionId: string };

/**
 * The password step of signing in. While the address (or the IP) is locked by too many
 * failures, nothing is checked, so even the right password is refused. A failure counts
 * toward the lock; the failure that reaches it already answers with the lock message.
 */
export async function signInWithPassword(input: { email: string; password: string; client: ClientInfo }): Promise<OpenedSession> {
  const throttled = subjects("sign-in", input.email, input.client.ip);
  await assertNotLocked(throttled);

  let user: SignInUser;
  try {
    user = await authenticateWithPassword(input.email, input.password);
  } catch (error) {
    if (error instanceof UserError && error.code === "invalidCredentials") {
      const locked = await recordFailure(throttled);
      await recordFailedSignIn(input.email, input.client, locked !== null);
      if (locked) throw lockedError(locked);
    }
    throw error;
  }

  await clearFailures(throttled[0]!);
  return openSession(user, input.client);
}

async function recordFailedSignIn(email: string, client: ClientInfo, locked: boolean): Promise<void> {
  const known = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!known) return;
  await recordSecurityEvent(db, { userId: known.id, kind: "SIGN_IN_FAILED", from: client });
  if (locked) await recordSecurityEvent(db, { userId: known.id, kind: "SIGN_IN_LOCKED", from: client });
}

/**
 * Opens the session row the cookie will name. With two-factor on, the session waits for the
 * code and opens nothing until then (lib/auth/two-factor-sign-in.ts completes it).
 */
export async function openSession(user: SignInUser, client: ClientInfo): Promise<OpenedSession> {
  const session = await createSession(db, { userId: user.id, client, awaitingSecondFactor: user.twoFactorEnabled });
  if (!user.twoFactorEnabled) await completeSignIn(user, session.id, client);
  return { userId: user.id, sessionId: session.id };
}

/** A sign-in is complete: record it, and alert the person when it came from a browser never seen before. */
export async function completeSignIn(user: Omit<SignInUser, "twoFactorEnabled">, sessionId: string, client: ClientInfo): Promise<void> {
  await recordSecurityEvent(db, { userId: user.id, kind: "SIGN_IN", from: client });
  const { known, firstSignIn } = await isKnownDevice(db, { userId: user.id, userAgent: client.userAgent, exceptSessionId: sessionId });
  // The very first sign-in (right after sign-up) is expected; an alert would only be noise.
  if (!known && !firstSignIn) await sendSecurityAlert(user, "newSignIn", client);
}
