import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignInCredentials } from "@/lib/users/schemas";
import { authenticateWithPassword } from "@/lib/users/authenticate";
import { consumeVerificationToken } from "@/lib/users/verify-email";
import { UserError } from "@/lib/errors/user-error";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * next-auth issues and reads the session cookie (a signed, encrypted JWT carrying the user id).
 * Two credential providers: the password form, and a verification link that signs the
 * person in. An Error thrown in `authorize` reaches the browser as its message, which is
 * a key under `errors` in the message files.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "password",
      name: "Password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = ZSignInCredentials.safeParse(credentials ?? {});
        if (!parsed.success) throw new UserError("invalidCredentials");
        return authenticateWithPassword(parsed.data.email, parsed.data.password);
      },
    }),
    CredentialsProvider({
      id: "email-link",
      name: "Email verification link",
      credentials: { token: { type: "text" } },
      async authorize(credentials) {
        const token = credentials?.token;
        const user = typeof token === "string" && token.length <= 200 ? await consumeVerificationToken(token) : null;
        if (!user) throw new UserError("verificationLinkInvalid");
        return user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      // Only the id travels; pages load the user from the database on every request.
      session.user = { id: token.sub ?? "" };
      return session;
    },
  },
};
