import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { loadSession, type LoadedSession } from "./sessions";
import { isUuid } from "@/lib/ids";
import { safeCallbackUrl } from "./safe-callback-url";
import { annotateRequest } from "@/lib/observability/request-context";

/**
 * The session the cookie names, checked against its row once per request: a cookie whose
 * session was ended, expired, or belongs to an unverified user counts as signed out.
 */
export const getCurrentSession = cache(async (): Promise<LoadedSession | null> => {
  const cookieSession = await getServerSession(authOptions);
  const sessionId = cookieSession?.sessionId;
  if (!sessionId || !isUuid(sessionId)) return null;
  // On a page of a client account, the access to it is read in the same statement.
  const membershipIn = accountIdOfPath((await headers()).get("x-request-path"));
  const session = await loadSession(sessionId, { membershipIn });
  // A cookie for another user's session id cannot be made without the secret; checked anyway.
  if (!session || session.user.id !== cookieSession.user.id) return null;
  annotateRequest({ userId: session.user.id });
  return session;
});

/** The account of an account-area path (/accounts/<id>/…), if it is one. */
function accountIdOfPath(path: string | null): string | undefined {
  const id = path?.match(/^\/accounts\/([^/?#]+)/)?.[1];
  return id && isUuid(id) ? id : undefined;
}

/** The signed-in user, or null. A session still owing its two-factor code is not signed in. */
export const getCurrentUser = cache(async () => userOfSession(await getCurrentSession()));

export function userOfSession(session: LoadedSession | null) {
  if (!session || session.awaitingSecondFactor) return null;
  return { ...session.user, sessionId: session.id };
}

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/**
 * For pages behind sign-in: the user, or a redirect that comes back here afterwards: to the
 * two-factor step when the password was given but the code was not, else to /sign-in.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const requested = safeCallbackUrl((await headers()).get("x-request-path"), "/user");
  const session = await getCurrentSession();
  const step = session?.awaitingSecondFactor ? "/sign-in/two-factor" : "/sign-in";
  redirect(`${step}?callbackUrl=${encodeURIComponent(requested)}`);
}
