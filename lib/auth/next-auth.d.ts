import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    /** The Session row this sign-in opened (lib/auth/sessions.ts). */
    sessionId: string;
  }
  interface Session {
    user: { id: string };
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
