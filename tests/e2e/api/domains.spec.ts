import { randomBytes } from "node:crypto";
import { withE2eDatabase } from "../support/e2e-database";
import { createAccountInDatabase, createVerifiedUser } from "../support/members-in-database";
import { newPerson, signIn } from "../support/people";
import { expect, test } from "./support/api-test";

/** Domains through the provider's API over real HTTP, and what the account's member then sees. */

type Domain = { id: string; name: string; expiresAt: string; registrantContactId: string | null };

const contactOf = (accountId: string) =>
  withE2eDatabase(async (db) => (await db.contact.create({ data: { accountId, firstName: "Bea", lastName: "Ruiz", email: `bea-${randomBytes(4).toString("hex")}@e2e.example`, country: "ES" } })).id);

test("a domain added and renewed through the API shows its new expiry on the member's domains page", async ({ page, api }) => {
  const owner = newPerson("dom-owner");
  await createVerifiedUser(owner);
  const accountId = await createAccountInDatabase(owner, `Api Domains ${randomBytes(4).toString("hex")}, S.L.`);
  const other = newPerson("dom-other");
  await createVerifiedUser(other);
  const otherAccountId = await createAccountInDatabase(other, `Api Domains Other ${randomBytes(4).toString("hex")}, S.L.`);
  const [contactId, strangerId] = [await contactOf(accountId), await contactOf(otherAccountId)];
  const name = `api-${randomBytes(4).toString("hex")}.example`;

  const body = { name, expiresAt: "2027-06-30T12:00:00Z", nameservers: ["ns1.provider.example", "ns2.provider.example"], registrantContactId: contactId };
  // Another account's contact cannot be made the registrant.
  const stranger = await api.post<{ errors: { field: string }[] }>(`/accounts/${accountId}/domains`, { ...body, registrantContactId: strangerId });
  expect(stranger.status).toBe(422);
  expect(stranger.body.errors.map((error) => error.field)).toEqual(["registrantContactId"]);
  const created = await api.post<Domain>(`/accounts/${accountId}/domains`, body);
  expect(created.status).toBe(201);
  expect(created.body.registrantContactId).toBe(contactId);
  // The name is the client area's once, whichever account asks.
  expect((await api.post(`/accounts/${otherAccountId}/domains`, { ...body, registrantContactId: null })).status).toBe(409);
  const reader = await api.withScopes(["domains:read"]);
  expect((await reader.patch(`/domains/${created.body.id}`, { expiresAt: "2029-03-15T12:00:00Z" })).status).toBe(403);

  const renewed = await api.patch<Domain>(`/domains/${created.body.id}`, { expiresAt: "2029-03-15T12:00:00Z" });
  expect(renewed.status).toBe(200);
  expect(renewed.body.expiresAt).toBe("2029-03-15T12:00:00.000Z");
  const listed = await reader.get<{ data: Domain[] }>(`/domains?q=${name}`);
  expect(listed.body.data.map((domain) => domain.id)).toEqual([created.body.id]);
  expect((await reader.get("/domains/0190a8f0-0000-7000-8000-0000000000fe")).status).toBe(404);

  await signIn(page, owner);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto(`/accounts/${accountId}/domains`);
  const row = page.getByTestId("domain-row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row.getByTestId("domain-expiry")).toContainText("Mar 15, 2029");
  await expect(row.getByTestId("domain-nameservers")).toHaveText("ns1.provider.examplens2.provider.example");
  await page.goto(`/accounts/${accountId}/activity`);
  await expect(page.getByText(`Your provider set the expiry date of ${name} to March 15, 2029`)).toBeVisible();
});
