import type { CurrentUser } from "@/lib/auth/current-user";
import type { LoadedSession } from "@/lib/auth/sessions";

/**
 * Stands in for the request's sign-in (lib/auth/current-user.ts) in integration tests: the
 * test names who is signed in, and every reader of the request's user agrees, the session
 * that account access is read from included. The session carries no preloaded membership,
 * so access is read from the database as on any path outside an account page. Spread over
 * the real module, so its pure helpers (userOfSession) stay real.
 */
export function signedInAs(who: () => CurrentUser | null) {
  const session = async (): Promise<LoadedSession | null> => {
    const user = who();
    if (!user) return null;
    const { sessionId, ...sessionUser } = user;
    return { id: sessionId, awaitingSecondFactor: false, user: sessionUser };
  };
  return {
    getCurrentSession: session,
    getCurrentUser: async () => who(),
    requireUser: async () => who(),
  };
}
