import "server-only";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/auth/security-events";
import { endSession, endSessionsExcept } from "@/lib/auth/sessions";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";

type Owner = { id: string; sessionId: string };

/** Ends one of the user's own sessions; another user's session id is "not found". */
export async function endOwnSession(user: Owner, sessionId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await endSession(tx, { userId: user.id, sessionId, reason: "ENDED_BY_USER" });
    if (!ended) throw new UserError("sessionNotFound");
    await recordSecurityEvent(tx, { userId: user.id, kind: "SESSION_ENDED", from: client });
  });
}

/** "Sign out everywhere else": every session but the one making the request. */
export async function endOtherSessions(user: Owner, client: ClientInfo): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await endSessionsExcept(tx, { userId: user.id, keepSessionId: user.sessionId, reason: "ENDED_BY_USER" });
    await recordSecurityEvent(tx, { userId: user.id, kind: "OTHER_SESSIONS_ENDED", from: client });
    return ended;
  });
}
