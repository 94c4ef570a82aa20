import "server-only";
import { cookies } from "next/headers";
import { useSecureCookies } from "@/lib/auth/options";
import type { OpenedPanelSession } from "./panel-sessions";

/**
 * The demo panel's own session cookie, apart from the client area's: the panel trusts only
 * its sessions. HttpOnly (no script reads it), SameSite=Lax (no cross-site posts carry it),
 * Secure in production, and scoped to the panel's paths.
 */
export const PANEL_COOKIE = useSecureCookies ? "__Secure-demo-panel-session" : "demo-panel-session";

export async function setPanelCookie(session: OpenedPanelSession): Promise<void> {
  (await cookies()).set(PANEL_COOKIE, session.token, { httpOnly: true, sameSite: "lax", secure: useSecureCookies, path: "/demo-panel", expires: session.expiresAt });
}

export async function readPanelCookie(): Promise<string | null> {
  return (await cookies()).get(PANEL_COOKIE)?.value ?? null;
}

export async function clearPanelCookie(): Promise<void> {
  (await cookies()).delete({ name: PANEL_COOKIE, path: "/demo-panel" });
}
