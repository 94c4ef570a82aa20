import "server-only";
import { db } from "@/lib/db";
import { spendPasswordCheckTime, verifyPassword } from "@/lib/auth/password";
import { assertNotLocked, clearFailures, lockedError, recordFailure, subjects } from "@/lib/auth/throttle";
import { UserError } from "@/lib/errors/user-error";
import type { PanelApp } from "../types";
import { createSecretToken, hashSecretToken } from "@/lib/auth/tokens";

/** A demo panel session lasts an hour, like a short control panel login. */
export const PANEL_SESSION_SECONDS = 60 * 60;

export type OpenedPanelSession = { token: string; expiresAt: Date };

async function openSession(tx: Pick<typeof db, "demoPanelSession">, panelAccountId: string, app: PanelApp, now: Date): Promise<OpenedPanelSession> {
  const { token, tokenHash } = createSecretToken();
  const expiresAt = new Date(now.getTime() + PANEL_SESSION_SECONDS * 1000);
  await tx.demoPanelSession.create({ data: { panelAccountId, tokenHash, app, expiresAt } });
  return { token, expiresAt };
}

/**
 * Follows a single sign-on link: null when it is unknown, used or expired. Marking it used
 * is one conditional update, so of two requests with the same link (a double click, a
 * replay) exactly one gets a session: the second waits for the first's row lock, then finds
 * usedAt set and matches nothing.
 */
export async function consumeLoginLink(token: string, now = new Date()): Promise<OpenedPanelSession | null> {
  const tokenHash = hashSecretToken(token);
  return db.$transaction(async (tx) => {
    const claimed = await tx.demoPanelLoginToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count === 0) return null;
    const link = await tx.demoPanelLoginToken.findUniqueOrThrow({ where: { tokenHash }, select: { panelAccountId: true, app: true } });
    return openSession(tx, link.panelAccountId, link.app, now);
  });
}

/** The panel's own login form: the username and the panel password (not the client area's). */
/**
 * The panel's login form: signInToPanel behind the same failure counters as the client
 * area's sign-in (lib/auth/throttle), per username and per IP. While locked nothing is
 * checked, so even the right password is refused; the failure that locks says so.
 */
export async function signInToPanelThrottled(input: { username: string; password: string; app: PanelApp; ip: string | null }): Promise<OpenedPanelSession> {
  // Panel usernames are lower case: "Alice" and "alice" are one login, counted once.
  const username = input.username.toLowerCase();
  const throttled = subjects("panel-sign-in", username, input.ip);
  await assertNotLocked(throttled);
  const session = await signInToPanel(username, input.password, input.app);
  if (!session) {
    const locked = await recordFailure(throttled);
    throw locked ? lockedError(locked) : new UserError("panelSignInFailed");
  }
  await clearFailures(throttled[0]!);
  return session;
}

export async function signInToPanel(username: string, password: string, app: PanelApp, now = new Date()): Promise<OpenedPanelSession | null> {
  const account = await db.demoPanelAccount.findUnique({ where: { username }, select: { id: true, passwordHash: true, suspended: true, terminatedAt: true } });
  // A suspended or terminated account takes no logins, as a real panel refuses them.
  if (!account || account.suspended || account.terminatedAt) {
    // As long as a wrong password takes: the answer's timing does not tell which usernames exist.
    await spendPasswordCheckTime(password);
    return null;
  }
  if (!(await verifyPassword(password, account.passwordHash))) return null;
  return openSession(db, account.id, app, now);
}

/** The session a panel cookie names, with what the panel page shows; null when unknown or expired. */
export async function loadPanelSession(token: string, now = new Date()) {
  const session = await db.demoPanelSession.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { app: true, expiresAt: true, panelAccount: { select: { id: true, username: true, powerState: true, restartingUntil: true, settings: true } } },
  });
  return session && session.expiresAt > now ? session : null;
}

export async function endPanelSession(token: string): Promise<void> {
  await db.demoPanelSession.deleteMany({ where: { tokenHash: hashSecretToken(token) } });
}
