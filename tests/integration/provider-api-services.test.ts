/**
 * Services through the provider's API (/api/v1): created (and provisioned in the demo panel),
 * changed, suspended, unsuspended and terminated through the driver, listed; and the members'
 * upgrade and cancellation requests settled. The route handlers are called as Next calls
 * them, against a real database; what a member then meets is checked through the same
 * functions the pages and actions use.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api/keys";
import { UserError } from "@/lib/errors/user-error";
import { signInToPanel } from "@/lib/provisioning/demo/panel-sessions";
import { openServicePanel, restartService } from "@/lib/services/panel-actions";
import { serviceDetails } from "@/lib/services/service-details";
import { requestCancellation } from "@/lib/services/service-requests";
import { addMember, createAccountWithOwner } from "../factories/accounts";
import { ensureDemoCatalog } from "../factories/catalog";
import { createLegacyUpgradeRequest, createTestService, FACTORY_PANEL_PASSWORD } from "../factories/services";
import { callApi, invalidFields } from "../support/api-call";

const { POST: createRoute } = await import("@/app/api/v1/accounts/[accountId]/services/route");
const { GET: listRoute } = await import("@/app/api/v1/services/route");
const { GET: getRoute, PATCH: patchRoute } = await import("@/app/api/v1/services/[serviceId]/route");
const { POST: suspendRoute } = await import("@/app/api/v1/services/[serviceId]/suspend/route");
const { POST: unsuspendRoute } = await import("@/app/api/v1/services/[serviceId]/unsuspend/route");
const { POST: terminateRoute } = await import("@/app/api/v1/services/[serviceId]/terminate/route");
const { GET: requestsRoute } = await import("@/app/api/v1/service-requests/route");
const { POST: acceptRoute } = await import("@/app/api/v1/service-requests/[requestId]/accept/route");
const { POST: refuseRoute } = await import("@/app/api/v1/service-requests/[requestId]/refuse/route");

let writer: string;
let reader: string;

const NEW_SERVICE = {
  kind: "WEB_HOSTING",
  productName: "Web Hosting Pro",
  domain: "Shop.Example.COM.",
  server: "web7.provider.example",
  ipAddress: "192.0.2.17",
  priceMinor: 999,
  currency: "EUR",
  billingCycle: "MONTHLY",
  nextDueAt: "2027-01-15",
  diskLimitMb: 51200,
  bandwidthLimitMb: 512000,
  mailboxesLimit: 25,
};

const create = (accountId: string, body: unknown, token = writer, headers: Record<string, string> = {}) => callApi(createRoute, "POST", { token, path: `/accounts/${accountId}/services`, params: { accountId }, body, headers });
const act = (route: typeof suspendRoute, action: string, serviceId: string, body?: unknown, token = writer) => callApi(route, "POST", { token, path: `/services/${serviceId}/${action}`, params: { serviceId }, body });
const patch = (serviceId: string, body: unknown) => callApi(patchRoute, "PATCH", { token: writer, path: `/services/${serviceId}`, params: { serviceId }, body });
const member = (accountId: string, userId: string) => ({ accountId, userId, client: { ip: "203.0.113.60" } });
const activity = (subjectId: string) => db.activityEvent.findMany({ where: { subjectId }, orderBy: { id: "asc" }, select: { kind: true, actorId: true, details: true } });

beforeAll(async () => {
  await ensureDemoCatalog();
  writer = (await createApiKey({ name: "services writer", scopes: ["services:write"], allowedNetworks: [] })).token;
  reader = (await createApiKey({ name: "services reader", scopes: ["services:read"], allowedNetworks: [] })).token;
});

describe("POST /accounts/{accountId}/services", () => {
  it("creates an active service, provisioned in the panel in the same transaction, with the provider's activity", async () => {
    const { account } = await createAccountWithOwner();
    const answer = await create(account.id, NEW_SERVICE);
    expect(answer.status).toBe(201);
    const service = answer.body as { id: string; status: string; domain: string; panelRef: string; nextDueAt: string; panelDriver: string };
    expect(service).toMatchObject({ status: "ACTIVE", domain: "shop.example.com", panelDriver: "demo", nextDueAt: "2027-01-15T00:00:00.000Z" });
    const panel = await db.demoPanelAccount.findUniqueOrThrow({ where: { id: service.panelRef } });
    expect(panel.suspended).toBe(false);
    expect(await activity(service.id)).toEqual([{ kind: "service.created", actorId: null, details: { product: "Web Hosting Pro", domain: "shop.example.com", kind: "WEB_HOSTING" } }]);
    // What the member's page loads: the service and what its panel reports.
    const seen = await serviceDetails(account.id, service.id);
    expect(seen?.panel?.username).toBe(panel.username);
  });

  it("takes a panel reference instead of provisioning", async () => {
    const { account } = await createAccountWithOwner();
    const panelsBefore = await db.demoPanelAccount.count();
    const answer = await create(account.id, { ...NEW_SERVICE, panelRef: "external-42" });
    expect(answer.status).toBe(201);
    expect(answer.body?.panelRef).toBe("external-42");
    expect(await db.demoPanelAccount.count()).toBe(panelsBefore);
  });

  it("is idempotent: the same Idempotency-Key and body create one service", async () => {
    const { account } = await createAccountWithOwner();
    const headers = { "idempotency-key": "create-svc-1" };
    const [first, second] = [await create(account.id, NEW_SERVICE, writer, headers), await create(account.id, NEW_SERVICE, writer, headers)];
    expect(first.status).toBe(201);
    expect(second.body?.id).toBe(first.body?.id);
    expect(await db.service.count({ where: { accountId: account.id } })).toBe(1);
  });

  it("refuses, writing nothing: a read-only key (403), an unknown or closed account (404, 409), an unknown driver and bad fields (422)", async () => {
    const { account } = await createAccountWithOwner();
    const servicesBefore = await db.service.count();
    expect((await create(account.id, NEW_SERVICE, reader)).status).toBe(403);
    expect((await create("0190a8f0-0000-7000-8000-0000000000aa", NEW_SERVICE)).status).toBe(404);
    expect((await create("not-an-id", NEW_SERVICE)).status).toBe(404);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, panelDriver: "cpanel" }))).toEqual(["panelDriver"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, kind: "DEDICATED" }))).toEqual(["kind"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, priceMinor: 9.99 }))).toEqual(["priceMinor"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, currency: "euro" }))).toEqual(["currency"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, server: "not a host" }))).toEqual(["server"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, ipAddress: "300.1.1.1" }))).toEqual(["ipAddress"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, diskLimitMb: -1 }))).toEqual(["diskLimitMb"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, nextDueAt: "soon" }))).toEqual(["nextDueAt"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, productName: "Pro\u202e" }))).toEqual(["productName"]);
    expect(invalidFields(await create(account.id, { ...NEW_SERVICE, colour: "red" }))).toEqual(["colour"]);
    await db.clientAccount.update({ where: { id: account.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const closed = await create(account.id, NEW_SERVICE);
    expect(closed.status).toBe(409);
    expect(closed.body?.detail).toMatch(/closed/);
    expect(await db.service.count()).toBe(servicesBefore);
  });
});

describe("PATCH /services/{serviceId}", () => {
  it("changes only what is given, recorded with the changed fields; a terminated service is 409", async () => {
    const { account } = await createAccountWithOwner();
    const service = await createTestService(account.id, { kind: "VPS", productName: "VPS S" });
    const answer = await patch(service.id, { priceMinor: 1590, nextDueAt: "2027-02-01T00:00:00Z", cpuCores: 4, server: "node9.provider.example" });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ priceMinor: 1590, cpuCores: 4, server: "node9.provider.example", productName: "VPS S", nextDueAt: "2027-02-01T00:00:00.000Z" });
    const [event] = await activity(service.id);
    expect(event).toMatchObject({ kind: "service.updated", actorId: null });
    expect(Object.keys((event!.details as { changes: object }).changes).sort()).toEqual(["cpuCores", "nextDueAt", "priceMinor", "server"]);
    expect(invalidFields(await patch(service.id, {}))).toEqual([""]);
    expect(invalidFields(await patch(service.id, { status: "ACTIVE" }))).toEqual(["status"]);
    expect((await patch("0190a8f0-0000-7000-8000-0000000000ab", { priceMinor: 1 })).status).toBe(404);
    const ended = await createTestService(account.id, { status: "CANCELLED" });
    expect((await patch(ended.id, { priceMinor: 1 })).status).toBe(409);
  });
});

describe("suspend, unsuspend, terminate", () => {
  it("go through the panel; a suspended service refuses the members' panel actions and the panel's login", async () => {
    const { account, owner } = await createAccountWithOwner();
    const service = await createTestService(account.id, { kind: "VPS" });
    expect(await signInToPanel(service.username, FACTORY_PANEL_PASSWORD, "CONTROL_PANEL")).not.toBeNull();

    const suspended = await act(suspendRoute, "suspend", service.id, { reason: "Invoice INV-2026-000007 unpaid" });
    expect(suspended.status).toBe(200);
    expect(suspended.body?.status).toBe("SUSPENDED");
    expect(await db.demoPanelAccount.findUniqueOrThrow({ where: { id: service.panelRef } })).toMatchObject({ suspended: true });
    expect(await db.demoPanelSession.count({ where: { panelAccountId: service.panelRef } })).toBe(0);
    expect(await signInToPanel(service.username, FACTORY_PANEL_PASSWORD, "CONTROL_PANEL")).toBeNull();
    await expect(restartService(member(account.id, owner.id), service.id)).rejects.toEqual(new UserError("serviceSuspended"));
    await expect(openServicePanel(member(account.id, owner.id), service.id, "CONTROL_PANEL")).rejects.toEqual(new UserError("serviceSuspended"));
    expect((await act(suspendRoute, "suspend", service.id, {})).status).toBe(409);

    expect((await act(unsuspendRoute, "unsuspend", service.id)).body?.status).toBe("ACTIVE");
    expect((await act(unsuspendRoute, "unsuspend", service.id)).status).toBe(409);
    await expect(restartService(member(account.id, owner.id), service.id)).resolves.toHaveProperty("restartingUntil");

    expect((await act(terminateRoute, "terminate", service.id)).body).toMatchObject({ status: "CANCELLED", nextDueAt: null });
    expect((await db.demoPanelAccount.findUniqueOrThrow({ where: { id: service.panelRef } })).terminatedAt).not.toBeNull();
    for (const [route, action] of [[suspendRoute, "suspend"], [unsuspendRoute, "unsuspend"], [terminateRoute, "terminate"]] as const) {
      const refused = await act(route, action, service.id, action === "suspend" ? {} : undefined);
      expect(refused.status).toBe(409);
      expect(refused.body?.detail).toMatch(/terminated/);
    }
    expect((await activity(service.id)).map((event) => [event.kind, event.actorId])).toEqual([
      ["service.suspended", null],
      ["service.unsuspended", null],
      ["service.restarted", owner.id],
      ["service.terminated", null],
    ]);
    expect((await activity(service.id))[0]!.details).toMatchObject({ reason: "Invoice INV-2026-000007 unpaid" });
  });

  it("need the write scope, and an existing service", async () => {
    const { account } = await createAccountWithOwner();
    const service = await createTestService(account.id);
    expect((await act(suspendRoute, "suspend", service.id, {}, reader)).status).toBe(403);
    expect((await act(suspendRoute, "suspend", "0190a8f0-0000-7000-8000-0000000000ac", {})).status).toBe(404);
    expect(invalidFields(await act(suspendRoute, "suspend", service.id, { reason: "x".repeat(501) }))).toEqual(["reason"]);
    expect((await db.service.findUniqueOrThrow({ where: { id: service.id } })).status).toBe("ACTIVE");
  });
});

describe("GET /services and /services/{serviceId}", () => {
  it("list every account's services newest first, by account and status, in cursor pages", async () => {
    const { account } = await createAccountWithOwner();
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await createTestService(account.id));
    const suspended = await createTestService(account.id, { status: "SUSPENDED" });
    const seen: string[] = [];
    let cursor = "";
    for (;;) {
      const page = await callApi(listRoute, "GET", { token: reader, path: `/services?accountId=${account.id}&limit=2${cursor}` });
      expect(page.status).toBe(200);
      seen.push(...(page.body!.data as { id: string }[]).map((service) => service.id));
      if (!page.body!.nextCursor) break;
      cursor = `&cursor=${page.body!.nextCursor as string}`;
    }
    expect(seen).toEqual([...made, suspended].map((service) => service.id).reverse());
    const onlySuspended = await callApi(listRoute, "GET", { token: reader, path: `/services?accountId=${account.id}&status=SUSPENDED` });
    expect((onlySuspended.body!.data as { id: string }[]).map((service) => service.id)).toEqual([suspended.id]);
    expect(invalidFields(await callApi(listRoute, "GET", { token: reader, path: "/services?status=GONE&limit=101" })).sort()).toEqual(["limit", "status"]);
    const one = await callApi(getRoute, "GET", { token: reader, path: `/services/${suspended.id}`, params: { serviceId: suspended.id } });
    expect(one.body).toMatchObject({ id: suspended.id, accountId: account.id, status: "SUSPENDED" });
    expect((await callApi(getRoute, "GET", { token: reader, path: "/services/x", params: { serviceId: "x" } })).status).toBe(404);
  });
});

describe("the members' requests", () => {
  async function tenantWithRequests() {
    const { account, owner } = await createAccountWithOwner();
    const hosting = await createTestService(account.id, { kind: "WEB_HOSTING", productName: "Web Hosting Starter" });
    const vps = await createTestService(account.id, { kind: "VPS", productName: "VPS S" });
    const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    await db.membership.update({ where: { id: technician.membership.id }, data: { emailCategories: { set: ["SERVICES"] } } });
    const upgrade = await createLegacyUpgradeRequest(account.id, hosting.id, technician.user.id, "Web Hosting Business");
    const cancellation = await requestCancellation(member(account.id, owner.id), vps.id, "Moving to our own hardware");
    return { account, owner, hosting, vps, technician, upgrade, cancellation };
  }
  const settle = (route: typeof acceptRoute, requestId: string, body?: unknown, token = writer) =>
    callApi(route, "POST", { token, path: `/service-requests/${requestId}/${route === acceptRoute ? "accept" : "refuse"}`, params: { requestId }, body });

  it("are settled with a service the provider terminates: the cancellation done, the upgrade refused", async () => {
    const { account, owner } = await createAccountWithOwner();
    const hosting = await createTestService(account.id, { kind: "WEB_HOSTING", productName: "Web Hosting Starter" });
    const upgrade = await createLegacyUpgradeRequest(account.id, hosting.id, owner.id, "Web Hosting Business");
    const cancellation = await requestCancellation(member(account.id, owner.id), hosting.id, "Closing the shop");
    expect((await act(terminateRoute, "terminate", hosting.id)).status).toBe(200);
    const requests = await db.serviceRequest.findMany({ where: { serviceId: hosting.id }, orderBy: { createdAt: "asc" } });
    expect(requests.map((request) => [request.id, request.status, request.settledAt !== null])).toEqual([
      [upgrade.requestId, "REJECTED", true],
      [cancellation.requestId, "DONE", true],
    ]);
    const open = await callApi(requestsRoute, "GET", { token: reader, path: `/service-requests?accountId=${account.id}` });
    expect(open.body!.data).toEqual([]);
  });

  it("are listed for the provider, open ones by default, by kind and account", async () => {
    const t = await tenantWithRequests();
    const listed = await callApi(requestsRoute, "GET", { token: reader, path: `/service-requests?accountId=${t.account.id}` });
    expect((listed.body!.data as { id: string; kind: string; status: string }[]).map((r) => [r.id, r.kind, r.status])).toEqual([
      [t.cancellation.requestId, "CANCELLATION", "OPEN"],
      [t.upgrade.requestId, "UPGRADE", "OPEN"],
    ]);
    const upgrades = await callApi(requestsRoute, "GET", { token: reader, path: `/service-requests?accountId=${t.account.id}&kind=UPGRADE` });
    expect(upgrades.body!.data).toEqual([expect.objectContaining({ id: t.upgrade.requestId, targetProduct: "Web Hosting Business", status: "OPEN" })]);
  });

  it("accepting an upgrade moves the service to the product's limits and price, and emails the member who asked", async () => {
    const t = await tenantWithRequests();
    const answer = await settle(acceptRoute, t.upgrade.requestId, { message: "Done: enjoy the extra space." });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "DONE", responseMessage: "Done: enjoy the extra space." });
    expect(await db.service.findUniqueOrThrow({ where: { id: t.hosting.id } })).toMatchObject({ productName: "Web Hosting Business", diskLimitMb: 153_600, mailboxesLimit: 100, priceMinor: 1999 });
    const emails = await db.emailMessage.findMany({ where: { accountId: t.account.id, template: "service-request-settled" } });
    expect(emails.map((email) => [email.to, email.subject])).toEqual([[t.technician.user.email, "Your upgrade to Web Hosting Business is done"]]);
    expect(emails[0]!.text).toContain("Our message: Done: enjoy the extra space.");
    const details = await serviceDetails(t.account.id, t.hosting.id);
    expect(details?.answered).toEqual([expect.objectContaining({ kind: "UPGRADE", status: "DONE", responseMessage: "Done: enjoy the extra space." })]);
    expect(details?.requests).toEqual([]);
    expect((await settle(acceptRoute, t.upgrade.requestId, {})).status).toBe(409);
    expect((await settle(refuseRoute, t.upgrade.requestId, { message: "No" })).status).toBe(409);
  });

  it("accepting a cancellation terminates the service through the panel", async () => {
    const t = await tenantWithRequests();
    expect((await settle(acceptRoute, t.cancellation.requestId)).status).toBe(200);
    expect((await db.service.findUniqueOrThrow({ where: { id: t.vps.id } })).status).toBe("CANCELLED");
    expect((await db.demoPanelAccount.findUniqueOrThrow({ where: { id: t.vps.panelRef } })).terminatedAt).not.toBeNull();
    expect((await activity(t.vps.id)).map((event) => [event.kind, event.actorId])).toEqual([
      ["service.cancellation_requested", t.owner.id],
      ["service.cancellation_accepted", null],
    ]);
  });

  it("refusing keeps the service as it was and shows the message; it needs a message, the write scope and an open request", async () => {
    const t = await tenantWithRequests();
    expect(invalidFields(await settle(refuseRoute, t.cancellation.requestId, {}))).toEqual(["message"]);
    expect((await settle(refuseRoute, t.cancellation.requestId, { message: "Contract runs to June." }, reader)).status).toBe(403);
    expect((await settle(refuseRoute, "0190a8f0-0000-7000-8000-0000000000ad", { message: "x" })).status).toBe(404);
    const answer = await settle(refuseRoute, t.cancellation.requestId, { message: "Your contract runs until June; we will cancel it then." });
    expect(answer.body).toMatchObject({ status: "REJECTED", responseMessage: "Your contract runs until June; we will cancel it then." });
    expect((await db.service.findUniqueOrThrow({ where: { id: t.vps.id } })).status).toBe("ACTIVE");
    const details = await serviceDetails(t.account.id, t.vps.id);
    expect(details?.answered).toEqual([expect.objectContaining({ kind: "CANCELLATION", status: "REJECTED", responseMessage: "Your contract runs until June; we will cancel it then." })]);
    const emails = await db.emailMessage.findMany({ where: { accountId: t.account.id, template: "service-request-settled" } });
    expect(emails.map((email) => email.to)).toEqual([t.owner.email]);
  });

  it("the requester who does not take services emails gets none", async () => {
    const t = await tenantWithRequests();
    await db.membership.update({ where: { id: t.technician.membership.id }, data: { emailCategories: { set: ["BILLING"] } } });
    expect((await settle(refuseRoute, t.upgrade.requestId, { message: "Not on this server yet." })).status).toBe(200);
    expect(await db.emailMessage.count({ where: { accountId: t.account.id, template: "service-request-settled" } })).toBe(0);
  });
});
