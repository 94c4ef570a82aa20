/**
 * The provider's account writes through their route handlers, with a real database: what each
 * writes (rows, activity, emails), the problems it answers, and the new owner's road from the
 * email to the account.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { createApiKey } from "@/lib/api/keys";
import { completeVerification } from "@/lib/users/verify-email";
import { addMember, createAccountWithOwner } from "../factories/accounts";
import { testClient } from "../factories/sessions";
import { createUser } from "../factories/users";

const { POST: createRoute } = await import("@/app/api/v1/accounts/route");
const { PATCH: updateRoute } = await import("@/app/api/v1/accounts/[accountId]/route");
const { POST: suspendRoute } = await import("@/app/api/v1/accounts/[accountId]/suspend/route");
const { POST: reactivateRoute } = await import("@/app/api/v1/accounts/[accountId]/reactivate/route");
const { POST: closeRoute } = await import("@/app/api/v1/accounts/[accountId]/close/route");
const { PUT: seatLimitRoute } = await import("@/app/api/v1/accounts/[accountId]/seat-limit/route");

type RouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
let token: string;

function send(handler: RouteHandler, method: string, accountId: string | null, body?: unknown) {
  const headers = new Headers({ authorization: `Bearer ${token}`, [process.env.CLIENT_IP_HEADER ?? "x-test-client-ip"]: "203.0.113.6" });
  if (body !== undefined) headers.set("content-type", "application/json");
  const url = `http://localhost/api/v1/accounts${accountId ? `/${accountId}` : ""}`;
  return handler(new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve(accountId ? { accountId } : {}) as Promise<never> });
}

const newAccount = (owner: { email: string; name?: string }, extra: object = {}) => ({
  kind: "COMPANY",
  legalName: `Cliente ${randomUUID().slice(0, 8)}, S.r.l.`,
  taxId: "IT01234567890",
  address: { line1: "Via Roma 1", city: "Milano", postcode: "20121", country: "it" },
  currency: "EUR",
  owner,
  ...extra,
});

const activity = (accountId: string) => db.activityEvent.findMany({ where: { accountId }, orderBy: { id: "asc" }, select: { kind: true, actorId: true, details: true } });

beforeAll(async () => {
  token = (await createApiKey({ name: "billing", scopes: ["accounts:write"], allowedNetworks: [] })).token;
});

describe("POST /accounts", () => {
  it("makes an existing user the owner, records the provider's activity and emails the owner in their language", async () => {
    const owner = await createUser({ name: "Klaus Berger" });
    await db.user.update({ where: { id: owner.id }, data: { locale: "de" } });
    const response = await send(createRoute, "POST", null, newAccount({ email: owner.email.toUpperCase() }));
    expect(response.status).toBe(201);
    const account = await response.json();
    expect(account).toMatchObject({ status: "ACTIVE", documentLanguage: "de", address: { country: "IT", line2: null }, owner: { id: owner.id }, members: [{ userId: owner.id, access: { kind: "owner" } }] });
    expect(await activity(account.id)).toEqual([{ kind: "account.created", actorId: null, details: { legalName: account.legalName, by: "provider" } }]);
    const [email] = await db.emailMessage.findMany({ where: { accountId: account.id } });
    expect(email).toMatchObject({ to: owner.email, template: "account-opened", subject: `Ihr Kundenkonto ${account.legalName} ist bereit` });
    expect(email!.text).toContain(`/accounts/${account.id}`);
  });

  it("gives a new address an unverified owner from the first moment; the emailed link proves the mailbox and sets the password", async () => {
    const address = `new-owner-${randomUUID()}@example.com`;
    const response = await send(createRoute, "POST", null, newAccount({ email: address, name: "Giulia Bianchi" }, { documentLanguage: "it" }));
    expect(response.status).toBe(201);
    const account = await response.json();
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(user).toMatchObject({ name: "Giulia Bianchi", locale: "it", emailVerifiedAt: null });
    expect(account.owner.id).toBe(user.id);

    const [email] = await db.emailMessage.findMany({ where: { accountId: account.id } });
    expect(email).toMatchObject({ to: address, template: "owner-invitation", subject: `Il Suo account cliente ${account.legalName} è pronto` });
    // The account's email history shows the message without its link.
    expect(email!.redactedText).not.toContain("/verify-email/");
    const link = /\/verify-email\/([A-Za-z0-9_-]+)/.exec(email!.text)![1]!;
    const expiresAt = (await db.emailVerificationToken.findFirstOrThrow({ where: { userId: user.id } })).expiresAt;
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6 * 24 * 60 * 60 * 1000);

    const { user: verified } = await completeVerification({ token: link, password: "a new password 123", client: testClient() });
    expect(verified.id).toBe(user.id);
    expect((await listUserAccounts(user.id)).map((entry) => ({ id: entry.id, isOwner: entry.isOwner }))).toEqual([{ id: account.id, isOwner: true }]);
  });

  it("refuses invalid input with English field messages and unknown fields, creating nothing", async () => {
    const before = await db.clientAccount.count();
    const missing = await send(createRoute, "POST", null, { ...newAccount({ email: "nobody@example.com" }), legalName: " " });
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors).toEqual([{ field: "legalName", message: "Enter the legal name." }]);
    const unknown = await send(createRoute, "POST", null, { ...newAccount({ email: "nobody@example.com" }), status: "SUSPENDED" });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors[0].field).toBe("status");
    const badOwner = await send(createRoute, "POST", null, newAccount({ email: "not an address" }, { currency: "XXX" }));
    expect((await badOwner.json()).errors.map((error: { field: string }) => error.field).sort()).toEqual(["currency", "owner.email"]);
    expect(await db.clientAccount.count()).toBe(before);
    expect(await db.user.count({ where: { email: "nobody@example.com" } })).toBe(0);
  });
});

describe("PATCH /accounts/{id}", () => {
  it("changes only the fields given, logs them as the provider's change, and refuses a closed account (409)", async () => {
    const { account } = await createAccountWithOwner();
    const response = await send(updateRoute, "PATCH", account.id, { address: { city: "Sevilla" }, taxId: null });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ address: { city: "Sevilla", line1: account.addressLine1 }, taxId: null, legalName: account.legalName });
    const events = await activity(account.id);
    expect(events.at(-1)).toEqual({ kind: "account.updated", actorId: null, details: { city: { before: "Madrid", after: "Sevilla" }, taxId: { before: "B12345678", after: null }, by: "provider" } });

    expect((await send(updateRoute, "PATCH", account.id, { legalName: "" })).status).toBe(422);
    expect((await send(updateRoute, "PATCH", account.id, { ownerId: randomUUID() })).status).toBe(422);
    expect((await send(closeRoute, "POST", account.id)).status).toBe(200);
    const closed = await send(updateRoute, "PATCH", account.id, { legalName: "Too late" });
    expect(closed.status).toBe(409);
    expect(await closed.json()).toMatchObject({ type: "urn:client-area:problem:conflict", detail: "The account is closed." });
    expect((await send(updateRoute, "PATCH", randomUUID(), { legalName: "Nobody" })).status).toBe(404);
  });
});

describe("suspend, reactivate, close", () => {
  it("move the account's state once each, say so in the activity log, and answer 409 for the wrong state", async () => {
    const { account } = await createAccountWithOwner();
    await db.invitation.create({ data: { accountId: account.id, email: "invited@example.com", builtInProfile: "BILLING", invitedById: account.ownerId, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) } });

    const suspended = await send(suspendRoute, "POST", account.id);
    expect(suspended.status).toBe(200);
    expect((await suspended.json()).status).toBe("SUSPENDED");
    const again = await send(suspendRoute, "POST", account.id);
    expect(again.status).toBe(409);
    expect((await again.json()).detail).toBe("The account is already suspended.");

    expect((await (await send(reactivateRoute, "POST", account.id)).json()).status).toBe("ACTIVE");
    expect((await (await send(reactivateRoute, "POST", account.id)).json()).detail).toBe("The account is not suspended.");

    // The provider closes a suspended account too, with the owner's closing effects.
    expect((await send(suspendRoute, "POST", account.id)).status).toBe(200);
    const closed = await (await send(closeRoute, "POST", account.id)).json();
    expect(closed).toMatchObject({ status: "CLOSED" });
    expect(closed.closedAt).not.toBeNull();
    expect(await db.invitation.findFirst({ where: { accountId: account.id }, select: { status: true } })).toEqual({ status: "REVOKED" });
    for (const route of [closeRoute, suspendRoute, reactivateRoute]) {
      const refused = await send(route, "POST", account.id);
      expect(refused.status).toBe(409);
      expect((await refused.json()).detail).toBe("The account is closed.");
    }
    expect((await activity(account.id)).map((event) => [event.kind, event.actorId])).toEqual([
      ["account.created", account.ownerId],
      ["account.suspended", null],
      ["account.reactivated", null],
      ["account.suspended", null],
      ["account.closed", null],
    ]);
    expect((await send(suspendRoute, "POST", randomUUID())).status).toBe(404);
    expect((await send(suspendRoute, "POST", "not-an-id")).status).toBe(404);
  });
});

describe("PUT /accounts/{id}/seat-limit", () => {
  it("sets a limit below the number of members (seats are concurrent use), lifts it with null, refuses 0", async () => {
    const { account } = await createAccountWithOwner();
    await addMember(account.id, { builtInProfile: "BILLING" });
    await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const set = await send(seatLimitRoute, "PUT", account.id, { seatLimit: 1 });
    expect(set.status).toBe(200);
    expect((await set.json()).seatLimit).toBe(1);
    expect((await (await send(seatLimitRoute, "PUT", account.id, { seatLimit: null })).json()).seatLimit).toBeNull();
    const zero = await send(seatLimitRoute, "PUT", account.id, { seatLimit: 0 });
    expect(zero.status).toBe(422);
    expect((await zero.json()).errors).toEqual([{ field: "seatLimit", message: "seatLimit is at least 1 (null: no limit)." }]);
    expect((await send(seatLimitRoute, "PUT", account.id, {})).status).toBe(422);
    expect((await activity(account.id)).filter((event) => event.kind === "seat.limit_changed").map((event) => event.details)).toEqual([
      { before: null, after: 1 },
      { before: 1, after: null },
    ]);
  });
});
