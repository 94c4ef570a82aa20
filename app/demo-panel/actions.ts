"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/actions/create-action";
import { clearPanelCookie, readPanelCookie, setPanelCookie } from "@/lib/provisioning/demo/panel-cookie";
import { endPanelSession, signInToPanelThrottled } from "@/lib/provisioning/demo/panel-sessions";

const ZPanelSignIn = z.object({
  username: z.string().trim().min(1, { error: "panelUsernameRequired" }).max(100, { error: "panelUsernameRequired" }),
  password: z.string().min(1, { error: "passwordRequired" }).max(200, { error: "passwordRequired" }),
  app: z.enum(["CONTROL_PANEL", "WEBMAIL"]).default("CONTROL_PANEL"),
});

/**
 * The demo panel's own login form, with the panel password (the one a reset in the client
 * area sets), limited like the client area's sign-in. It is a public action: the panel does
 * not know client-area users.
 */
export const panelSignInAction = createAction({
  auth: "public",
  schema: ZPanelSignIn,
  handler: async ({ username, password, app }, { client }) => {
    const session = await signInToPanelThrottled({ username, password, app, ip: client.ip });
    await setPanelCookie(session);
    redirect("/demo-panel");
  },
});

export const panelSignOutAction = createAction({
  auth: "public",
  schema: z.object({}),
  handler: async () => {
    const token = await readPanelCookie();
    if (token) await endPanelSession(token);
    await clearPanelCookie();
    redirect("/demo-panel/login");
  },
});
