import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { SESSION_COOKIE_MAX_AGE_SECONDS, useSecureCookies } from "./options";
import type { OpenedSession } from "./sign-in";

/**
 * Signs the browser in from a server action with the same cookie next-auth issues (name,
 * flags, encrypted JWT naming the Session row). Only for someone who just proved who they
 * are without the sign-in form: a person who followed the verification link sent to their
 * address and set their password there.
 */
export async function issueSessionCookie(opened: OpenedSession): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = await encode({ token: { sub: opened.userId, sid: opened.sessionId }, secret, maxAge: SESSION_COOKIE_MAX_AGE_SECONDS });
  (await cookies()).set(`${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: useSecureCookies,
    maxAge: SESSION_COOKIE_MAX_AGE_SECONDS,
  });
}
