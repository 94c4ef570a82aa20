import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import { clientInfo } from "@/lib/http/client-info";
import { ZSignInCredentials } from "@/lib/users/schemas";
import { recordSecurityEvent } from "./security-events";
import { endSession } from "./sessions";
import { safeCallbackUrl } from "./safe-callback-url";
import { signInWithPassword } from "./sign-in";

/**
 * next-auth passes only an Error's message to the browser: "code" or "code:minutes".
 * The sign-in form turns it back into the message under `errors`.
 */
async function withBrowserError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError && error.values?.minutes) throw new Error(`${error.code}:${error.values.minutes}`);
    throw error;
  }
}

/**
 * The cookie's own lifetime. A session ends earlier when its row says so: after 30 idle
 * days, on sign-out, or when the person ends it (lib/auth/sessions.ts).
 */
export const SESSION_COOKIE_MAX_AGE_SECONDS = 90 * 24 * 60 * 60;

/** Secure cookies in production; INSECURE_COOKIES=1 allows a trial over plain http on a LAN. */
export const useSecureCookies = process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1";

/**
 * next-auth issues and reads the session cookie: a signed, encrypted JWT that carries the
 * user id and the id of the Session row. Every request checks that row (current-user.ts).
 * One credentials provider, the password form (a verification link signs the person in
 * through a server action instead, issue-session-cookie.ts, once they set their password).
 * An Error thrown in `authorize` reaches the browser as its message, which is a key under
 * `errors` in the message files.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_COOKIE_MAX_AGE_SECONDS },
  // next-auth's defaults with these: HttpOnly, SameSite=Lax, Secure (and __Secure- names) when set.
  useSecureCookies,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "password",
      name: "Password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = ZSignInCredentials.safeParse(credentials ?? {});
        if (!parsed.success) throw new UserError("invalidCredentials");
        const opened = await withBrowserError(() => signInWithPassword({ ...parsed.data, client: clientInfo(request.headers ?? {}) }));
        return { id: opened.userId, sessionId: opened.sessionId };
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after signing in or out: the same rule as the sign-in page.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, "/", baseUrl), baseUrl).toString();
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      // Only ids travel; pages load the session row and the user on every request.
      session.user = { id: token.sub ?? "" };
      session.sessionId = token.sid ?? "";
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.sub || !token.sid) return;
      const ended = await endSession(db, { userId: token.sub, sessionId: token.sid, reason: "SIGNED_OUT" });
      if (ended) await recordSecurityEvent(db, { userId: token.sub, kind: "SIGN_OUT", from: clientInfo(await headers()) });
    },
  },
};
