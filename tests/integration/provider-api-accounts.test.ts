/**
 * The provider's API door (/api/v1) and its client accounts: keys, scopes, networks, rate,
 * problem documents, cursors. The route handlers are called as Next calls them, with a real
 * database; the client's address arrives in the header the app's server writes
 * (CLIENT_IP_HEADER, as in the other integration tests).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";
import { addMember, createAccountWithOwner, createNamedProfile } from "../factories/accounts";
import { createUser } from "../factories/users";

const { GET: listAccounts } = await import("@/app/api/v1/accounts/route");
const { GET: getAccount } = await import("@/app/api/v1/accounts/[accountId]/route");

const BASE = "http://localhost/api/v1/accounts";

type RouteHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

function call(handler: RouteHandler, url: string, token: string | null, { ip = "203.0.113.9", params = {} }: { ip?: string; params?: object } = {}) {
  const headers = new Headers({ [process.env.CLIENT_IP_HEADER ?? "x-test-client-ip"]: ip });
  if (token) headers.set("authorization", `Bearer ${token}`);
  return handler(new Request(url, { headers }), { params: Promise.resolve(params) as Promise<never> });
}
const get = (accountId: string, token: string | null) => call(getAccount, `${BASE}/${accountId}`, token, { params: { accountId } });

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as { type: string; title: string; status: number; errors?: { field: string; message: string }[] };
}

let reader: string;
let accounts: Awaited<ReturnType<typeof createAccountWithOwner>>["account"][];
let searchedOwnerEmail: string;

beforeAll(async () => {
  reader = (await createApiKey({ name: "reader", scopes: ["accounts:read"], allowedNetworks: [] })).token;
  accounts = [];
  for (let i = 0; i < 5; i++) accounts.push((await createAccountWithOwner({ details: { legalName: `Hosting Client ${i}, S.L.` } })).account);
  const owner = await createUser({ name: "Searched Owner" });
  searchedOwnerEmail = owner.email;
  accounts.push((await createAccountWithOwner({ owner, details: { legalName: "Quiet Company" } })).account);
});

describe("the API key", () => {
  it("is required, must be right and live: 401 with nothing else said", async () => {
    for (const token of [null, "not-a-token", `ca_000000000000_${"A".repeat(43)}`, reader.slice(0, -1) + (reader.endsWith("A") ? "B" : "A")]) {
      const response = await call(listAccounts, BASE, token);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
      expect((await problemOf(response)).type).toBe("urn:client-area:problem:unauthorized");
    }
    const revoked = await createApiKey({ name: "soon revoked", scopes: ["accounts:read"], allowedNetworks: [] });
    expect((await call(listAccounts, BASE, revoked.token)).status).toBe(200);
    expect(await revokeApiKey("soon revoked")).toBe(true);
    expect((await call(listAccounts, BASE, revoked.token)).status).toBe(401);
  });

  it("needs the route's scope (403); writing a resource includes reading it", async () => {
    const tickets = await createApiKey({ name: "tickets only", scopes: ["tickets:write"], allowedNetworks: [] });
    const response = await call(listAccounts, BASE, tickets.token);
    expect(response.status).toBe(403);
    expect((await problemOf(response)).type).toBe("urn:client-area:problem:missing-scope");
    const writer = await createApiKey({ name: "accounts writer", scopes: ["accounts:write"], allowedNetworks: [] });
    expect((await call(listAccounts, BASE, writer.token)).status).toBe(200);
  });

  it("is refused outside its networks (403), IPv4-mapped addresses read as IPv4", async () => {
    const office = await createApiKey({ name: "office", scopes: ["accounts:read"], allowedNetworks: ["198.51.100.0/24"] });
    expect((await call(listAccounts, BASE, office.token, { ip: "198.51.100.77" })).status).toBe(200);
    expect((await call(listAccounts, BASE, office.token, { ip: "::ffff:198.51.100.77" })).status).toBe(200);
    const outside = await call(listAccounts, BASE, office.token, { ip: "203.0.113.9" });
    expect(outside.status).toBe(403);
    expect((await problemOf(outside)).type).toBe("urn:client-area:problem:network-not-allowed");
  });

  it("is limited per minute, in the database: 429 with Retry-After", async () => {
    vi.stubEnv("API_RATE_PER_MINUTE", "3");
    try {
      const busy = await createApiKey({ name: "busy", scopes: ["accounts:read"], allowedNetworks: [] });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await call(listAccounts, `${BASE}?limit=1`, busy.token)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await call(listAccounts, `${BASE}?limit=1`, busy.token);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect((await problemOf(limited)).type).toBe("urn:client-area:problem:rate-limited");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("GET /api/v1/accounts", () => {
  it("pages through every account once, newest first, with an opaque cursor", async () => {
    const seen: string[] = [];
    let url = `${BASE}?limit=2`;
    for (;;) {
      const response = await call(listAccounts, url, reader);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { data: { id: string }[]; nextCursor: string | null };
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((account) => account.id));
      if (!page.nextCursor) break;
      expect(page.nextCursor).not.toMatch(/-/); // opaque, not the raw id
      url = `${BASE}?limit=2&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual(accounts.map((account) => account.id).reverse());
  });

  it("searches legal names and owner emails, and filters by status", async () => {
    const byName = (await (await call(listAccounts, `${BASE}?q=quiet`, reader)).json()) as { data: { legalName: string; owner: { email: string } }[] };
    expect(byName.data.map((account) => account.legalName)).toEqual(["Quiet Company"]);
    const byOwner = (await (await call(listAccounts, `${BASE}?q=${encodeURIComponent(searchedOwnerEmail.toUpperCase())}`, reader)).json()) as { data: { legalName: string }[] };
    expect(byOwner.data.map((account) => account.legalName)).toEqual(["Quiet Company"]);
    const wildcard = (await (await call(listAccounts, `${BASE}?q=%25`, reader)).json()) as { data: unknown[] };
    expect(wildcard.data).toEqual([]); // a literal percent sign, not "anything"
    const closed = (await (await call(listAccounts, `${BASE}?status=CLOSED`, reader)).json()) as { data: unknown[] };
    expect(closed.data).toEqual([]);
  });

  it("answers bad parameters with 422 and a message per field", async () => {
    for (const [query, field] of [
      ["limit=500", "limit"],
      ["limit=two", "limit"],
      ["status=GONE", "status"],
      ["cursor=bm90LWEtY3Vyc29y", "cursor"],
      ["colour=blue", "colour"],
    ] as const) {
      const response = await call(listAccounts, `${BASE}?${query}`, reader);
      expect(response.status, query).toBe(422);
      const body = await problemOf(response);
      expect(body.type).toBe("urn:client-area:problem:invalid-input");
      expect(body.errors?.map((error) => error.field), query).toContain(field);
    }
  });
});

describe("GET /api/v1/accounts/{id}", () => {
  it("gives the account with each member's access", async () => {
    const account = accounts[0]!;
    const { user: technician } = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const profile = await createNamedProfile(account.id, ["invoices.view"], "Bookkeeper");
    const { user: bookkeeper } = await addMember(account.id, { profileId: profile.id });
    const response = await get(account.id, reader);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { legalName: string; address: { country: string }; members: { email: string; access: { kind: string } }[] };
    expect(body.legalName).toBe(account.legalName);
    expect(body.address.country).toBe(account.country);
    expect(body.members.map((member) => [member.email, member.access])).toEqual([
      [expect.any(String), { kind: "owner" }],
      [technician.email, { kind: "built-in", profile: "TECHNICIAN" }],
      [bookkeeper.email, { kind: "named", profileId: profile.id, name: "Bookkeeper", permissions: ["invoices.view"] }],
    ]);
  });

  it("is 404 for an id that is not there or not an id", async () => {
    for (const id of ["01890000-0000-7000-8000-000000000000", "not-an-id"]) {
      const response = await get(id, reader);
      expect(response.status).toBe(404);
      expect((await problemOf(response)).type).toBe("urn:client-area:problem:not-found");
    }
  });
});
