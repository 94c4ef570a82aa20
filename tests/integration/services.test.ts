/**
 * The service actions through the entry points a member (or an attacker) reaches: the
 * server actions, called as a form or a crafted POST would call them, and the sign-on
 * route, requested as a browser would. The request's user, headers and translations are
 * stood in for; everything else, the database and the demo panel's state in it included,
 * is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth/current-user";
import { translatorFor } from "@/lib/i18n/messages";
import { demoDriver } from "@/lib/provisioning/demo/demo-driver";
import { signInToPanel } from "@/lib/provisioning/demo/panel-sessions";
import { listServicesPage } from "@/lib/services/list-services";
import { countServicesByKind, serviceDetails } from "@/lib/services/service-details";
import { addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { ensureDemoCatalog } from "../factories/catalog";
import { createTestService, FACTORY_PANEL_PASSWORD } from "../factories/services";
import { createTestSession } from "../factories/sessions";
import { expectUnchanged, form } from "../support/action-form";
import { serviceWrites } from "../support/service-writes";

let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original<object>()), ...(await import("../support/signed-in")).signedInAs(() => signedIn) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-test-client-ip": "203.0.113.60" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor("en") }));

const actions = await import("@/app/(app)/accounts/[accountId]/services/actions");
const { GET: signOnRoute } = await import("@/app/(app)/accounts/[accountId]/services/[serviceId]/sign-on/[app]/route");

/** GET /accounts/[accountId]/services/[serviceId]/sign-on/[app], as the browser follows the link. */
const signOn = (accountId: string, serviceId: string, app: string, headers: Record<string, string> = { "sec-fetch-site": "same-origin" }) =>
  signOnRoute(new Request(`http://localhost/accounts/${accountId}/services/${serviceId}/sign-on/${app}`, { headers }), { params: Promise.resolve({ accountId, serviceId, app }) });

const t = translatorFor("en");
const nothingWritten = <T>(attempt: () => Promise<T>) => expectUnchanged(serviceWrites, attempt);

async function createTenant() {
  const { account, owner } = await createAccountWithOwner();
  const [vps, hosting, email, suspended, cancelled] = await Promise.all([
    createTestService(account.id, { kind: "VPS", productName: "VPS S" }),
    createTestService(account.id, { kind: "WEB_HOSTING", productName: "Web Hosting Pro" }),
    createTestService(account.id, { kind: "EMAIL", productName: "Email Plus" }),
    createTestService(account.id, { kind: "VPS", status: "SUSPENDED" }),
    createTestService(account.id, { kind: "WEB_HOSTING", status: "CANCELLED" }),
  ]);
  const junior = await addMember(account.id, { builtInProfile: "JUNIOR_TECHNICIAN" });
  return { account, owner, vps, hosting, email, suspended, cancelled, junior };
}

type Tenant = Awaited<ReturnType<typeof createTenant>>;
let a: Tenant;
let b: Tenant;
let ownerOfA: CurrentUser;
/** The catalog plan the "upgrade" action asks for (a VPS S or M may move to it). */
let vpsL: string;

beforeAll(async () => {
  await ensureDemoCatalog();
  vpsL = (await db.product.findUniqueOrThrow({ where: { slug: "vps-l" } })).id;
  [a, b] = await Promise.all([createTenant(), createTenant()]);
  ownerOfA = currentUser(a.owner, await createTestSession(a.owner.id));
});

beforeEach(() => {
  signedIn = ownerOfA;
});

const call = (action: (typeof actions)[keyof typeof actions], fields: Record<string, string>) =>
  (action as (previous: typeof initialActionResult, data: FormData) => Promise<{ ok: boolean; data?: unknown; error?: string; fieldErrors?: Record<string, string[]> }>)(initialActionResult, form(fields));

/** Every service action with the fields that would make it succeed on an active service of its kind. */
function everyAction(accountId: string, serviceId: string) {
  return [
    ["restart", actions.restartServiceAction, { accountId, serviceId }],
    ["reset password", actions.resetServicePasswordAction, { accountId, serviceId }],
    ["settings", actions.changeServiceSettingsAction, { accountId, serviceId, hostname: "vps9.example.com", phpVersion: "8.3" }],
    ["upgrade", actions.orderUpgradeAction, { accountId, serviceId, targetProductId: vpsL }],
    ["cancellation", actions.requestCancellationAction, { accountId, serviceId, reason: "Moving elsewhere" }],
  ] as const;
}

describe("the list", () => {
  it("holds the account's services only, of one kind when asked", async () => {
    const all = (await listServicesPage(a.account.id)).items;
    expect(new Set(all.map((service) => service.id))).toEqual(new Set([a.vps, a.hosting, a.email, a.suspended, a.cancelled].map((service) => service.id)));
    expect(all.map((service) => service.productName)).toEqual(all.map((service) => service.productName).sort());
    expect((await listServicesPage(a.account.id, { kind: "VPS" })).items.map((service) => service.id).sort()).toEqual([a.vps.id, a.suspended.id].sort());
    expect(await countServicesByKind(a.account.id)).toEqual({ WEB_HOSTING: 2, VPS: 2, EMAIL: 1 });
  });
});

describe("one service's page", () => {
  it("finds the account's service, and nothing for another account's id or a path segment that is not an id", async () => {
    expect((await serviceDetails(a.account.id, a.hosting.id))?.id).toBe(a.hosting.id);
    expect(await serviceDetails(a.account.id, b.hosting.id)).toBeNull();
    expect(await serviceDetails(a.account.id, "not-a-uuid")).toBeNull();
  });
});

describe("restarting a VPS", () => {
  it("puts it in RESTARTING until restartingUntil, then it reads RUNNING; the activity is recorded", async () => {
    const before = Date.now();
    const result = await call(actions.restartServiceAction, { accountId: a.account.id, serviceId: a.vps.id });
    expect(result.ok).toBe(true);
    const panel = await db.demoPanelAccount.findUniqueOrThrow({ where: { id: a.vps.panelRef } });
    expect(panel.powerState).toBe("RESTARTING");
    // About 20 s by default (DEMO_PANEL_RESTART_SECONDS unset in tests).
    expect(panel.restartingUntil!.getTime() - before).toBeGreaterThanOrEqual(19_000);
    expect((await demoDriver.status(db, a.vps.panelRef))?.powerState).toBe("RESTARTING");

    // A second restart while it is still restarting is refused.
    expect(await nothingWritten(() => call(actions.restartServiceAction, { accountId: a.account.id, serviceId: a.vps.id }))).toMatchObject({ ok: false, error: t("errors.serviceAlreadyRestarting") });

    // Time passes: the restart is over, the state reads RUNNING without any job flipping it.
    await db.demoPanelAccount.update({ where: { id: a.vps.panelRef }, data: { restartingUntil: new Date(Date.now() - 1000) } });
    expect((await demoDriver.status(db, a.vps.panelRef))?.powerState).toBe("RUNNING");
    expect(await db.activityEvent.count({ where: { accountId: a.account.id, kind: "service.restarted", subjectId: a.vps.id, actorId: a.owner.id, ip: "203.0.113.60" } })).toBe(1);
  });

  it("is refused for hosting, which runs on shared servers", async () => {
    expect(await nothingWritten(() => call(actions.restartServiceAction, { accountId: a.account.id, serviceId: a.hosting.id }))).toMatchObject({ ok: false, error: t("errors.restartOnlyVps") });
  });
});

describe("resetting the service password", () => {
  it("returns a new strong password once; the panel's login then takes it and refuses the old one", async () => {
    expect(await signInToPanel(a.hosting.username, FACTORY_PANEL_PASSWORD, "CONTROL_PANEL")).not.toBeNull();
    const result = await call(actions.resetServicePasswordAction, { accountId: a.account.id, serviceId: a.hosting.id });
    expect(result.ok).toBe(true);
    const { password } = result.data as { password: string };
    expect(password).toHaveLength(20);
    expect(await signInToPanel(a.hosting.username, FACTORY_PANEL_PASSWORD, "CONTROL_PANEL")).toBeNull();
    expect(await signInToPanel(a.hosting.username, password, "CONTROL_PANEL")).not.toBeNull();

    // Only a bcrypt hash is kept, and neither the activity nor an email carries the password.
    const panel = await db.demoPanelAccount.findUniqueOrThrow({ where: { id: a.hosting.panelRef } });
    expect(panel.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    const event = await db.activityEvent.findFirstOrThrow({ where: { accountId: a.account.id, kind: "service.password_reset", subjectId: a.hosting.id } });
    expect(JSON.stringify(event.details)).not.toContain(password);
    const emails = await db.emailMessage.findMany({ select: { text: true, html: true } });
    expect(emails.some((email) => `${email.text}${email.html}`.includes(password))).toBe(false);
  });
});

describe("changing settings", () => {
  it("stores the setting of the service's kind in the panel and records it", async () => {
    const result = await call(actions.changeServiceSettingsAction, { accountId: a.account.id, serviceId: a.hosting.id, phpVersion: "8.2" });
    expect(result.ok).toBe(true);
    expect((await demoDriver.status(db, a.hosting.panelRef))?.settings).toMatchObject({ phpVersion: "8.2" });
    const event = await db.activityEvent.findFirstOrThrow({ where: { kind: "service.settings_changed", subjectId: a.hosting.id } });
    expect(event.details).toMatchObject({ settings: { phpVersion: "8.2" } });
  });

  it("bad settings get a message on the field, or a clear refusal, and write nothing", async () => {
    const badHost = await nothingWritten(() => call(actions.changeServiceSettingsAction, { accountId: a.account.id, serviceId: a.vps.id, hostname: "not a host" }));
    expect(badHost).toMatchObject({ ok: false, fieldErrors: { hostname: [t("validation.hostnameInvalid")] } });
    const badPhp = await nothingWritten(() => call(actions.changeServiceSettingsAction, { accountId: a.account.id, serviceId: a.hosting.id, phpVersion: "5.4" }));
    expect(badPhp).toMatchObject({ ok: false, fieldErrors: { phpVersion: [t("validation.phpVersionInvalid")] } });
    // Email Plus has 25 600 MB: a bigger mailbox is over the plan.
    const overPlan = await nothingWritten(() => call(actions.changeServiceSettingsAction, { accountId: a.account.id, serviceId: a.email.id, mailboxQuotaMb: "30000" }));
    expect(overPlan).toMatchObject({ ok: false, error: t("errors.mailboxQuotaOverPlan", { max: 25_600 }) });
    // A PHP version sent for a VPS is not its setting.
    const wrongKind = await nothingWritten(() => call(actions.changeServiceSettingsAction, { accountId: a.account.id, serviceId: a.vps.id, phpVersion: "8.3" }));
    expect(wrongKind).toMatchObject({ ok: false, error: t("errors.settingRequired") });
  });
});

describe("the sign-on route into the control panel and webmail", () => {
  it("redirects to a one-time link into the panel and records which app was opened", async () => {
    const panel = await signOn(a.account.id, a.vps.id, "control-panel");
    expect(panel.status).toBe(303);
    expect(panel.headers.get("location")).toMatch(/^\/demo-panel\/sso\/[A-Za-z0-9_-]{43}$/);
    expect(panel.headers.get("cache-control")).toContain("no-store");
    const webmail = await signOn(a.account.id, a.email.id, "webmail");
    expect(webmail.headers.get("location")).toMatch(/^\/demo-panel\/sso\//);
    const events = await db.activityEvent.findMany({ where: { accountId: a.account.id, kind: "service.panel_opened" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => (event.details as { app: string }).app)).toEqual(["CONTROL_PANEL", "WEBMAIL"]);
  });

  it("is 404 for webmail of a VPS, an unknown app and an id that is not one; nothing written", async () => {
    for (const [serviceId, app] of [[a.vps.id, "webmail"], [a.hosting.id, "ftp"], ["not-a-uuid", "control-panel"]] as const) {
      expect((await nothingWritten(() => signOn(a.account.id, serviceId, app))).status, `${app} on ${serviceId}`).toBe(404);
    }
  });

  it("is 409 with the reason for a service that is not active", async () => {
    const refused = await nothingWritten(() => signOn(a.account.id, a.suspended.id, "control-panel"));
    expect(refused.status).toBe(409);
    expect(await refused.text()).toBe(t("errors.serviceSuspended"));
  });

  it("is 404 for a Junior technician, who holds services but not the control panel or webmail; nothing written", async () => {
    signedIn = currentUser(a.junior.user, await createTestSession(a.junior.user.id));
    for (const app of ["control-panel", "webmail"]) {
      const refused = await nothingWritten(() => signOn(a.account.id, a.hosting.id, app));
      expect(refused.status, app).toBe(404);
      expect(refused.headers.get("location")).toBeNull();
    }
  });

  it.each<Record<string, string>>([{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, {}])(
    "started from another site or without Sec-Fetch-Site (%j), opens nothing and lands on the service page",
    async (headers) => {
      const refused = await nothingWritten(() => signOn(a.account.id, a.hosting.id, "control-panel", headers));
      expect(refused.status).toBe(303);
      expect(refused.headers.get("location")).toBe(`/accounts/${a.account.id}/services/${a.hosting.id}`);
    },
  );

  it("opens the panel for a URL the person typed or bookmarked (Sec-Fetch-Site: none)", async () => {
    const typed = await signOn(a.account.id, a.hosting.id, "control-panel", { "sec-fetch-site": "none" });
    expect(typed.status).toBe(303);
    expect(typed.headers.get("location")).toContain("/demo-panel/sso/");
  });

  it("is 404 signed out", async () => {
    signedIn = null;
    expect((await nothingWritten(() => signOn(a.account.id, a.hosting.id, "control-panel"))).status).toBe(404);
  });
});

// Upgrades are ordered and invoiced now: tests/integration/service-upgrades.test.ts.
describe("cancellation requests", () => {
  it("records a cancellation with its reason, needs a reason, and refuses a second open one even when asked at once", async () => {
    const service = await createTestService(a.account.id, { kind: "WEB_HOSTING" });
    const noReason = await nothingWritten(() => call(actions.requestCancellationAction, { accountId: a.account.id, serviceId: service.id, reason: "  " }));
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: [t("validation.cancellationReasonRequired")] } });

    const results = await Promise.all([1, 2].map(() => call(actions.requestCancellationAction, { accountId: a.account.id, serviceId: service.id, reason: "Too expensive" })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: t("errors.cancellationAlreadyRequested") });
    expect(await db.serviceRequest.findMany({ where: { serviceId: service.id }, select: { kind: true, reason: true } })).toEqual([{ kind: "CANCELLATION", reason: "Too expensive" }]);
    expect(await db.activityEvent.count({ where: { kind: "service.cancellation_requested", subjectId: service.id } })).toBe(1);
  });
});

describe("suspended and cancelled services", () => {
  it("refuse every action clearly and write nothing", async () => {
    for (const [service, message] of [
      [a.suspended, t("errors.serviceSuspended")],
      [a.cancelled, t("errors.serviceCancelled")],
    ] as const) {
      for (const [name, action, fields] of everyAction(a.account.id, service.id)) {
        const result = await nothingWritten(() => call(action, fields));
        expect(result, `${name} on ${service.status}`).toMatchObject({ ok: false, error: message });
      }
    }
  });
});

describe("another account's services (cross-tenant)", () => {
  it("every action with B's service id under A's account is not found, and writes nothing", async () => {
    for (const service of [b.vps, b.hosting, b.email]) {
      for (const [name, action, fields] of everyAction(a.account.id, service.id)) {
        const result = await nothingWritten(() => call(action, fields));
        expect(result, `${name} on B's ${service.kind}`).toMatchObject({ ok: false, error: t("errors.notFound") });
      }
    }
  });

  it("the sign-on route with B's service id under A's account, or under B's, is 404 and writes nothing", async () => {
    for (const service of [b.vps, b.hosting, b.email]) {
      for (const accountId of [a.account.id, b.account.id]) {
        for (const app of ["control-panel", "webmail"]) {
          expect((await nothingWritten(() => signOn(accountId, service.id, app))).status, `${app} of B's ${service.kind} under ${accountId === a.account.id ? "A" : "B"}`).toBe(404);
        }
      }
    }
  });

  it("naming B's account in the form is not found, even with B's own ids", async () => {
    for (const [name, action, fields] of everyAction(b.account.id, b.vps.id)) {
      const result = await nothingWritten(() => call(action, fields));
      expect(result, name).toMatchObject({ ok: false, error: t("errors.notFound") });
    }
    expect((await db.demoPanelAccount.findUniqueOrThrow({ where: { id: b.vps.panelRef } })).powerState).toBe("RUNNING");
  });
});
