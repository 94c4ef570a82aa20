/**
 * Idempotency-Key (lib/api/idempotency.ts) proven through a real creating operation: POST
 * /api/v1/accounts, its route handler called as Next calls it, against a real database.
 * Whether an account was created is read from the database, not from the answers.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api/keys";
import { createUser } from "../factories/users";

const { POST: createAccount } = await import("@/app/api/v1/accounts/route");

let token: string;
let ownerEmail: string;

beforeAll(async () => {
  token = (await createApiKey({ name: "billing", scopes: ["accounts:write"], allowedNetworks: [] })).token;
  ownerEmail = (await createUser({ name: "Idempotent Owner" })).email;
});

function body(legalName: string) {
  return { kind: "COMPANY", legalName, address: { line1: "Calle Mayor 1", city: "Madrid", postcode: "28013", country: "ES" }, currency: "EUR", owner: { email: ownerEmail } };
}

function post(payload: unknown, idempotencyKey: string) {
  const headers = new Headers({ authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": idempotencyKey, [process.env.CLIENT_IP_HEADER ?? "x-test-client-ip"]: "203.0.113.5" });
  return createAccount(new Request("http://localhost/api/v1/accounts", { method: "POST", headers, body: JSON.stringify(payload) }), { params: Promise.resolve({}) as Promise<never> });
}

const accountsNamed = (legalName: string) => db.clientAccount.count({ where: { legalName } });

describe("Idempotency-Key on POST /accounts", () => {
  it("the same key and body twice: one account, the second answer is the first one replayed", async () => {
    const name = `Replay ${randomUUID()}`;
    const key = randomUUID();
    const first = await post(body(name), key);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const firstBody = await first.text();

    // Key order does not make it another request.
    const { owner, ...rest } = body(name);
    const second = await post({ owner, ...rest }, key);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.text()).toBe(firstBody);
    expect(await accountsNamed(name)).toBe(1);
  });

  it("the same key with another body: 422 idempotency-key-reused, nothing created", async () => {
    const key = randomUUID();
    const name = `First ${randomUUID()}`;
    expect((await post(body(name), key)).status).toBe(201);
    const other = `Other ${randomUUID()}`;
    const reused = await post(body(other), key);
    expect(reused.status).toBe(422);
    expect(reused.headers.get("content-type")).toBe("application/problem+json");
    expect(await reused.json()).toMatchObject({ type: "urn:client-area:problem:idempotency-key-reused", status: 422 });
    expect(await accountsNamed(other)).toBe(0);
    expect(await accountsNamed(name)).toBe(1);
  });

  it("two identical requests at once: exactly one account, two identical answers", async () => {
    const name = `Concurrent ${randomUUID()}`;
    const key = randomUUID();
    const answers = await Promise.all([post(body(name), key), post(body(name), key)]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const [a, b] = await Promise.all(answers.map((answer) => answer.text()));
    expect(a).toBe(b);
    expect(answers.filter((answer) => answer.headers.get("idempotent-replayed") === "true")).toHaveLength(1);
    expect(await accountsNamed(name)).toBe(1);
    expect(JSON.parse(a!)).toMatchObject({ legalName: name, status: "ACTIVE", owner: { email: ownerEmail } });
  });

  it("a first request that fails on the server (5xx) releases the key: the retry runs for real", async () => {
    const name = `Fails once ${randomUUID()}`;
    const key = randomUUID();
    // A real failure inside the account's transaction: the database refuses this one name until the trigger is dropped.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_account_for_test() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_account_for_test BEFORE INSERT ON "ClientAccount" FOR EACH ROW WHEN (NEW."legalName" = '${name}') EXECUTE FUNCTION refuse_account_for_test()`);
    try {
      const failed = await post(body(name), key);
      expect(failed.status).toBe(500);
      expect(await failed.json()).toMatchObject({ type: "urn:client-area:problem:server-error" });
      expect(await db.apiIdempotencyKey.count({ where: { key } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_account_for_test ON "ClientAccount"`);
    }
    const retried = await post(body(name), key);
    expect(retried.status).toBe(201);
    expect(retried.headers.get("idempotent-replayed")).toBeNull();
    expect(await accountsNamed(name)).toBe(1);
  });
});
