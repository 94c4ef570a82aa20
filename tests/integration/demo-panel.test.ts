/**
 * The demo panel as a panel: single sign-on links (once, 60 s), its own login form and its
 * sessions. The cookie jar and translations are stood in for; the database is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { demoDriver, LOGIN_LINK_SECONDS } from "@/lib/provisioning/demo/demo-driver";
import { hashSecretToken } from "@/lib/auth/tokens";
import { consumeLoginLink, loadPanelSession, signInToPanel, signInToPanelThrottled } from "@/lib/provisioning/demo/panel-sessions";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { DEMO_PANEL_PASSWORD } from "@/prisma/demo-users";
import { seedServices } from "@/prisma/demo/services";
import { createAccountWithOwner } from "../factories/accounts";
import { createTestService, FACTORY_PANEL_PASSWORD } from "../factories/services";

type SetCookie = { name: string; value: string; options: Record<string, unknown> };
let setCookies: SetCookie[] = [];
vi.mock("next/headers", () => ({
  cookies: async () => ({
    set: (name: string, value: string, options: Record<string, unknown>) => setCookies.push({ name, value, options }),
    get: () => undefined,
    delete: () => {},
  }),
  headers: async () => new Headers(),
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => {
    const t = translatorFor("en");
    return (key: string) => (t as (path: string) => string)(namespace ? `${namespace}.${key}` : key);
  },
}));

const { GET: followLink } = await import("@/app/demo-panel/sso/[token]/route");

let service: Awaited<ReturnType<typeof createTestService>>;

beforeAll(async () => {
  const { account } = await createAccountWithOwner();
  service = await createTestService(account.id, { kind: "WEB_HOSTING", settings: { phpVersion: "8.3" } });
});

beforeEach(() => {
  setCookies = [];
});

const tokenOf = (url: string) => decodeURIComponent(url.split("/").pop()!);
const newLink = async (app: "CONTROL_PANEL" | "WEBMAIL" = "CONTROL_PANEL") => tokenOf(await demoDriver.createSingleSignOnUrl(db, service.panelRef, app));
const follow = (token: string) => followLink(new Request(`http://localhost/demo-panel/sso/${token}`), { params: Promise.resolve({ token }) });

describe("single sign-on links", () => {
  it("store only the token's sha256 and expire after 60 seconds", async () => {
    const before = Date.now();
    const token = await newLink();
    const stored = await db.demoPanelLoginToken.findFirstOrThrow({ where: { panelAccountId: service.panelRef }, orderBy: { createdAt: "desc" } });
    expect(stored.tokenHash).toBe(hashSecretToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - before).toBeGreaterThanOrEqual(LOGIN_LINK_SECONDS * 1000 - 50);
    expect(stored.expiresAt.getTime() - before).toBeLessThanOrEqual(LOGIN_LINK_SECONDS * 1000 + 2000);
  });

  it("open a panel session once, with an HttpOnly SameSite=Lax cookie, and answer 410 when followed again", async () => {
    const token = await newLink("WEBMAIL");
    const first = await follow(token);
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/demo-panel");
    expect(setCookies).toHaveLength(1);
    expect(setCookies[0]!.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/demo-panel" });
    const session = await loadPanelSession(setCookies[0]!.value);
    expect(session).toMatchObject({ app: "WEBMAIL", panelAccount: { username: service.username, settings: { phpVersion: "8.3" } } });

    const again = await follow(token);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("This link no longer works");
    expect(setCookies).toHaveLength(1);
  });

  it("are refused once 60 seconds have passed", async () => {
    const token = await newLink();
    await db.demoPanelLoginToken.update({ where: { tokenHash: hashSecretToken(token) }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await consumeLoginLink(token)).toBeNull();
    expect((await follow(token)).status).toBe(410);
    expect(await db.demoPanelLoginToken.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } })).toMatchObject({ usedAt: null });
  });

  it("followed twice at the same moment give exactly one session", async () => {
    const token = await newLink();
    const sessionsBefore = await db.demoPanelSession.count({ where: { panelAccountId: service.panelRef } });
    const results = await Promise.all(Array.from({ length: 5 }, () => consumeLoginLink(token)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.demoPanelSession.count({ where: { panelAccountId: service.panelRef } })).toBe(sessionsBefore + 1);
  });

  it("that are unknown or malformed answer 410 and open nothing", async () => {
    expect((await follow("not-a-real-token")).status).toBe(410);
    expect((await follow("x".repeat(500))).status).toBe(410);
    expect(setCookies).toHaveLength(0);
  });
});

describe("the panel's own login and sessions", () => {
  it("takes the panel password only, and a reset ends the sessions opened before it", async () => {
    expect(await signInToPanel(service.username, "wrong password", "CONTROL_PANEL")).toBeNull();
    expect(await signInToPanel("nobody-here", FACTORY_PANEL_PASSWORD, "CONTROL_PANEL")).toBeNull();
    const opened = await signInToPanel(service.username, FACTORY_PANEL_PASSWORD, "CONTROL_PANEL");
    expect(opened).not.toBeNull();
    expect(await loadPanelSession(opened!.token)).toMatchObject({ app: "CONTROL_PANEL", panelAccount: { username: service.username } });

    await demoDriver.resetPassword(db, service.panelRef, "a-brand-new-panel-password");
    expect(await loadPanelSession(opened!.token)).toBeNull();
    expect(await signInToPanel(service.username, FACTORY_PANEL_PASSWORD, "CONTROL_PANEL")).toBeNull();
    expect(await signInToPanel(service.username, "a-brand-new-panel-password", "CONTROL_PANEL")).not.toBeNull();
  });

  it("does not accept an expired session", async () => {
    const opened = await signInToPanel(service.username, "a-brand-new-panel-password", "CONTROL_PANEL");
    await db.demoPanelSession.update({ where: { tokenHash: hashSecretToken(opened!.token) }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await loadPanelSession(opened!.token)).toBeNull();
  });
});

describe("the panel's login form", () => {
  it("locks a username after the limit of wrong passwords: then even the right one is refused, and other usernames still work", async () => {
    const locked = await createTestService(service.accountId, { kind: "VPS" });
    const attempt = (password: string, username = locked.username) => signInToPanelThrottled({ username, password, app: "CONTROL_PANEL", ip: "203.0.113.70" });
    for (let failure = 1; failure < THROTTLE_LIMITS["panel-sign-in:username"]; failure++) {
      await expect(attempt("wrong password")).rejects.toMatchObject({ code: "panelSignInFailed" });
    }
    await expect(attempt("wrong password")).rejects.toMatchObject({ code: "tooManyAttempts" });
    await expect(attempt(FACTORY_PANEL_PASSWORD)).rejects.toMatchObject({ code: "tooManyAttempts" });
    expect(await db.demoPanelSession.count({ where: { panelAccountId: locked.panelRef } })).toBe(0);

    // The same username in capitals is the same login, locked too.
    await expect(attempt(FACTORY_PANEL_PASSWORD, locked.username.toUpperCase())).rejects.toMatchObject({ code: "tooManyAttempts" });
    // Another username from the same address is not locked by these failures (its password was reset above).
    expect((await attempt("a-brand-new-panel-password", service.username)).token).toBeTruthy();
  });
});

describe("the demo seed", () => {
  it("gives an account services of each kind, mostly active, each provisioned in the panel with the documented password", async () => {
    const { account, owner } = await createAccountWithOwner();
    const now = new Date();
    await seedServices({ db, accountId: account.id, index: 7, legalName: `Seed ${account.id.slice(-6)}`, currency: "USD", country: "US", ownerId: owner.id, memberIds: new Map(), contactIds: new Map(), now });

    const services = await db.service.findMany({ where: { accountId: account.id }, orderBy: { createdAt: "asc" } });
    expect(new Set(services.map((s) => s.kind))).toEqual(new Set(["WEB_HOSTING", "VPS", "EMAIL"]));
    const statuses = services.map((s) => s.status);
    expect(statuses.filter((status) => status === "ACTIVE").length).toBeGreaterThan(services.length / 2);
    for (const status of ["SUSPENDED", "PENDING", "CANCELLED"]) expect(statuses.filter((s) => s === status)).toHaveLength(1);
    expect(services.every((s) => s.currency === "USD" && Number.isInteger(s.priceMinor) && s.priceMinor > 0)).toBe(true);
    expect(services.filter((s) => s.kind === "VPS").every((s) => s.cpuCores && s.memoryMb)).toBe(true);

    const vps = services.find((s) => s.kind === "VPS" && s.status === "ACTIVE")!;
    const panel = await demoDriver.status(db, vps.panelRef);
    expect(panel?.powerState).toBe("RUNNING");
    expect(await signInToPanel(panel!.username, DEMO_PANEL_PASSWORD, "CONTROL_PANEL")).not.toBeNull();
  });
});
