import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { verifyPassword } from "./password";
import { assertNotLocked, lockedError, recordFailure, subjects } from "./throttle";

/**
 * Asks a signed-in person for their password again before a sensitive change. Wrong
 * answers count toward the same lock as sign-in, so a borrowed session cannot be used
 * to guess the password.
 */
export async function confirmPassword(user: { id: string; email: string }, password: string, client: ClientInfo): Promise<void> {
  const throttled = subjects("sign-in", user.email, client.ip);
  await assertNotLocked(throttled);
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (await verifyPassword(password, passwordHash)) return;
  const locked = await recordFailure(throttled);
  throw locked ? lockedError(locked) : new UserError("wrongPassword");
}
