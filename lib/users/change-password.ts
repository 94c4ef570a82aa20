import "server-only";
import { db } from "@/lib/db";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { hashPassword } from "@/lib/auth/password";
import { recordSecurityEvent } from "@/lib/auth/security-events";
import { sendSecurityAlert } from "@/lib/auth/security-alerts";
import { endSessionsExcept } from "@/lib/auth/sessions";
import { deliverSoon } from "@/lib/email/outbox";
import type { ClientInfo } from "@/lib/http/client-info";
import type { TChangePassword } from "./schemas";

type Changer = { id: string; email: string; name: string; locale: string; timeZone: string; sessionId: string };

/** Changes the password (current one required) and ends every other session of the user. */
export async function changePassword(user: Changer, input: TChangePassword, client: ClientInfo): Promise<{ endedSessions: number }> {
  await confirmPassword(user, input.currentPassword, client);
  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await endSessionsExcept(tx, { userId: user.id, keepSessionId: user.sessionId, reason: "PASSWORD_CHANGED" });
    await recordSecurityEvent(tx, { userId: user.id, kind: "PASSWORD_CHANGED", from: client });
    await sendSecurityAlert(user, "passwordChanged", client, { tx });
    return ended;
  });
  deliverSoon();
  return { endedSessions };
}
