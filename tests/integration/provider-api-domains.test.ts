/**
 * Domains through the provider's API (/api/v1): created for an account (name, dates,
 * nameservers and registrant under the members' rules), changed (expiry, status, nameservers,
 * registrant) with the provider's activity, listed. Route handlers called as Next calls them,
 * real database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api/keys";
import { createAccountWithOwner } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { createDomain, uniqueDomainName } from "../factories/domains";
import { callApi, invalidFields } from "../support/api-call";

const { POST: createRoute } = await import("@/app/api/v1/accounts/[accountId]/domains/route");
const { GET: listRoute } = await import("@/app/api/v1/domains/route");
const { GET: getRoute, PATCH: patchRoute } = await import("@/app/api/v1/domains/[domainId]/route");

let writer: string;
let reader: string;

const create = (accountId: string, body: unknown, token = writer) => callApi(createRoute, "POST", { token, path: `/accounts/${accountId}/domains`, params: { accountId }, body });
const patch = (domainId: string, body: unknown, token = writer) => callApi(patchRoute, "PATCH", { token, path: `/domains/${domainId}`, params: { domainId }, body });
const activity = (subjectId: string) => db.activityEvent.findMany({ where: { subjectId }, orderBy: { id: "asc" }, select: { kind: true, actorId: true, details: true } });

beforeAll(async () => {
  writer = (await createApiKey({ name: "domains writer", scopes: ["domains:write"], allowedNetworks: [] })).token;
  reader = (await createApiKey({ name: "domains reader", scopes: ["domains:read"], allowedNetworks: [] })).token;
});

describe("POST /accounts/{accountId}/domains", () => {
  it("adds the domain, the account or one of its contacts as registrant, with the provider's activity", async () => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id, { firstName: "Bea", lastName: "Ruiz" });
    const name = uniqueDomainName("shop");
    const answer = await create(account.id, { name: `${name.toUpperCase()}.`, expiresAt: "2027-06-30", nameservers: ["NS1.Provider.example", "ns2.provider.example."], registrantContactId: contact.id });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ name, status: "ACTIVE", autoRenew: true, locked: true, expiresAt: "2027-06-30T00:00:00.000Z", nameservers: ["ns1.provider.example", "ns2.provider.example"], registrantContactId: contact.id });
    expect(await activity(answer.body!.id as string)).toEqual([{ kind: "domain.created", actorId: null, details: { domain: name } }]);
    const own = await create(account.id, { name: uniqueDomainName(), expiresAt: "2027-06-30T12:00:00+02:00", status: "PENDING", autoRenew: false });
    expect(own.body).toMatchObject({ registrantContactId: null, status: "PENDING", autoRenew: false, nameservers: [], expiresAt: "2027-06-30T10:00:00.000Z" });
  });

  it("refuses, writing nothing: another account's contact, bad fields (422), a name taken or a closed account (409), a read key (403)", async () => {
    const { account } = await createAccountWithOwner();
    const { account: other } = await createAccountWithOwner();
    const stranger = await createContactRow(other.id);
    const taken = await createDomain(other.id);
    const before = await db.domain.count();
    const base = { name: uniqueDomainName(), expiresAt: "2027-06-30" };
    expect(invalidFields(await create(account.id, { ...base, registrantContactId: stranger.id }))).toEqual(["registrantContactId"]);
    expect(invalidFields(await create(account.id, { ...base, name: "not a domain" }))).toEqual(["name"]);
    expect(invalidFields(await create(account.id, { ...base, name: "localhost" }))).toEqual(["name"]);
    expect(invalidFields(await create(account.id, { ...base, expiresAt: "30/06/2027" }))).toEqual(["expiresAt"]);
    expect(invalidFields(await create(account.id, { ...base, status: "PARKED" }))).toEqual(["status"]);
    const oneNameserver = await create(account.id, { ...base, nameservers: ["ns1.provider.example"] });
    expect(invalidFields(oneNameserver)).toEqual(["nameservers"]);
    expect(oneNameserver.body!.errors![0]!.message).toBe("Enter at least 2 nameservers, one per line.");
    expect(invalidFields(await create(account.id, { ...base, nameservers: ["ns1.provider.example", "ns1.provider.example"] }))).toEqual(["nameservers"]);
    expect(invalidFields(await create(account.id, { ...base, locked: false }))).toEqual(["locked"]);
    const duplicate = await create(account.id, { ...base, name: taken.name.toUpperCase() });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body!.detail).toMatch(/already/);
    expect((await create(account.id, base, reader)).status).toBe(403);
    expect((await create("0190a8f0-0000-7000-8000-0000000000ae", base)).status).toBe(404);
    await db.clientAccount.update({ where: { id: account.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect((await create(account.id, base)).status).toBe(409);
    expect(await db.domain.count()).toBe(before);
  });
});

describe("PATCH /domains/{domainId}", () => {
  it("changes expiry, status, nameservers and registrant, each recorded as the provider's", async () => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id, { firstName: "Bea", lastName: "Ruiz" });
    const domain = await createDomain(account.id);
    const answer = await patch(domain.id, { expiresAt: "2028-01-31", nameservers: ["ns1.new.example", "ns2.new.example", "ns3.new.example"], registrantContactId: contact.id });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ expiresAt: "2028-01-31T00:00:00.000Z", nameservers: ["ns1.new.example", "ns2.new.example", "ns3.new.example"], registrantContactId: contact.id });
    expect((await activity(domain.id)).map((event) => [event.kind, event.actorId])).toEqual([
      ["domain.expiry_changed", null],
      ["domain.nameservers_changed", null],
      ["domain.registrant_changed", null],
    ]);
    // Back to the account itself; the same values again write nothing more.
    expect((await patch(domain.id, { registrantContactId: null })).body).toMatchObject({ registrantContactId: null });
    expect((await activity(domain.id)).at(-1)).toMatchObject({ kind: "domain.registrant_changed", details: { toAccount: true, before: "Bea Ruiz" } });
    const events = (await activity(domain.id)).length;
    await patch(domain.id, { expiresAt: "2028-01-31", nameservers: ["ns1.new.example", "ns2.new.example", "ns3.new.example"], registrantContactId: null });
    expect(await activity(domain.id)).toHaveLength(events);
  });

  it("keeps the members' rules: a finished domain takes no nameservers unless the same change brings it back", async () => {
    const { account } = await createAccountWithOwner();
    const expired = await createDomain(account.id, { status: "EXPIRED" });
    const refused = await patch(expired.id, { nameservers: ["ns1.new.example", "ns2.new.example"] });
    expect(refused.status).toBe(409);
    expect((await db.domain.findUniqueOrThrow({ where: { id: expired.id } })).nameservers).toEqual(expired.nameservers);
    const renewed = await patch(expired.id, { status: "ACTIVE", expiresAt: "2028-03-01", nameservers: ["ns1.new.example", "ns2.new.example"] });
    expect(renewed.body).toMatchObject({ status: "ACTIVE", nameservers: ["ns1.new.example", "ns2.new.example"] });
    expect((await activity(expired.id)).map((event) => event.kind)).toEqual(["domain.status_changed", "domain.expiry_changed", "domain.nameservers_changed"]);
  });

  it("refuses another account's contact (422), a missing domain (404), a read key (403), an empty change (422)", async () => {
    const { account } = await createAccountWithOwner();
    const { account: other } = await createAccountWithOwner();
    const stranger = await createContactRow(other.id);
    const domain = await createDomain(account.id);
    expect(invalidFields(await patch(domain.id, { registrantContactId: stranger.id }))).toEqual(["registrantContactId"]);
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).registrantContactId).toBeNull();
    expect((await patch("0190a8f0-0000-7000-8000-0000000000af", { status: "ACTIVE" })).status).toBe(404);
    expect((await patch(domain.id, { status: "EXPIRED" }, reader)).status).toBe(403);
    expect(invalidFields(await patch(domain.id, {}))).toEqual([""]);
    expect(invalidFields(await patch(domain.id, { name: "other.example" }))).toEqual(["name"]);
    expect(await activity(domain.id)).toEqual([]);
  });
});

describe("GET /domains and /domains/{domainId}", () => {
  it("list newest first by account, status and a literal part of the name, in cursor pages", async () => {
    const { account } = await createAccountWithOwner();
    const made = [];
    for (const label of ["alpha", "beta", "gamma"]) made.push(await createDomain(account.id, { name: uniqueDomainName(label) }));
    const expired = await createDomain(account.id, { name: uniqueDomainName("delta"), status: "EXPIRED" });
    const seen: string[] = [];
    let cursor = "";
    for (;;) {
      const page = await callApi(listRoute, "GET", { token: reader, path: `/domains?accountId=${account.id}&limit=3${cursor}` });
      seen.push(...(page.body!.data as { id: string }[]).map((domain) => domain.id));
      if (!page.body!.nextCursor) break;
      cursor = `&cursor=${page.body!.nextCursor as string}`;
    }
    expect(seen).toEqual([...made, expired].map((domain) => domain.id).reverse());
    const ids = async (query: string) => ((await callApi(listRoute, "GET", { token: reader, path: `/domains?accountId=${account.id}&${query}` })).body!.data as { id: string }[]).map((d) => d.id);
    expect(await ids("q=BETA")).toEqual([made[1]!.id]);
    expect(await ids("status=EXPIRED")).toEqual([expired.id]);
    expect(await ids("q=%25")).toEqual([]);
    const one = await callApi(getRoute, "GET", { token: reader, path: `/domains/${expired.id}`, params: { domainId: expired.id } });
    expect(one.body).toMatchObject({ id: expired.id, name: expired.name, status: "EXPIRED" });
    expect((await callApi(getRoute, "GET", { token: reader, path: "/domains/0190a8f0-0000-7000-8000-0000000000b0", params: { domainId: "0190a8f0-0000-7000-8000-0000000000b0" } })).status).toBe(404);
  });
});
