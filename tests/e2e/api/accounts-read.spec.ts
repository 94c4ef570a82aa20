import { randomBytes } from "node:crypto";
import { createAccountInDatabase, createVerifiedUser } from "../support/members-in-database";
import { expect, test } from "./support/api-test";

/** Reading client accounts over real HTTP, every answer checked against the served document. */

test("lists and reads accounts; refuses a missing key, a missing scope and an id of the wrong shape", async ({ api }) => {
  const legalName = `Api Reader ${Date.now()}, S.L.`;
  const email = `api-owner-${randomBytes(5).toString("hex")}@e2e.example`;
  await createVerifiedUser({ name: "Api Owner", email, password: randomBytes(12).toString("hex") });
  const accountId = await createAccountInDatabase({ email }, legalName);

  const page = await api.get<{ data: { id: string; legalName: string }[]; nextCursor: string | null }>(`/accounts?q=${encodeURIComponent(legalName)}`);
  expect(page.status).toBe(200);
  expect(page.body.data.map((row) => row.id)).toEqual([accountId]);

  const one = await api.get<{ id: string; members: { access: { kind: string } }[] }>(`/accounts/${accountId}`);
  expect(one.status).toBe(200);
  expect(one.body.members.map((member) => member.access.kind)).toContain("owner");

  expect((await api.get("/accounts", { token: null })).status).toBe(401);
  const tickets = await api.withScopes(["tickets:read"]);
  expect((await tickets.get("/accounts")).status).toBe(403);
  expect((await api.get("/accounts/not-an-id")).status).toBe(404);
  expect((await api.get("/accounts?limit=101")).status).toBe(422);
  expect((await api.get("/accounts?colour=blue")).status).toBe(422);
});
