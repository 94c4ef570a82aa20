import { randomBytes, randomUUID } from "node:crypto";
import { newPerson, confirmFromMailbox, signIn } from "../support/people";
import { createVerifiedUser } from "../support/members-in-database";
import { expect, test } from "./support/api-test";

/**
 * The provider's account writes over real HTTP against the production build, every answer
 * checked against the served document, and what a customer then sees in the client area.
 */

type Account = { id: string; legalName: string; status: string; seatLimit: number | null; owner: { email: string } };

const accountBody = (ownerEmail: string, legalName = `Api Writer ${randomBytes(4).toString("hex")}, S.L.`) => ({
  kind: "COMPANY",
  legalName,
  address: { line1: "Calle Mayor 1", city: "Madrid", postcode: "28013", country: "ES" },
  currency: "EUR",
  owner: { email: ownerEmail },
});

test("two identical creates at once with one Idempotency-Key: one account, two identical answers; another body with the key is 422", async ({ api }) => {
  const owner = newPerson("api-idem");
  await createVerifiedUser(owner);
  const body = accountBody(owner.email);
  const headers = { "Idempotency-Key": randomUUID() };
  const [a, b] = await Promise.all([api.post<Account>("/accounts", body, { headers }), api.post<Account>("/accounts", body, { headers })]);
  expect([a.status, b.status]).toEqual([201, 201]);
  expect(a.body).toEqual(b.body);
  expect([a.headers["idempotent-replayed"], b.headers["idempotent-replayed"]].filter(Boolean)).toEqual(["true"]);
  const listed = await api.get<{ data: Account[] }>(`/accounts?q=${encodeURIComponent(body.legalName)}`);
  expect(listed.body.data.map((account) => account.id)).toEqual([a.body.id]);

  const reused = await api.post("/accounts", { ...body, legalName: `${body.legalName} bis` }, { headers });
  expect(reused.status).toBe(422);
  expect(reused.body).toMatchObject({ type: "urn:client-area:problem:idempotency-key-reused" });
  expect((await api.post("/accounts", { ...body, colour: "blue" })).status).toBe(422);
});

test("a new owner address: the emailed link confirms it, sets the password and opens the account", async ({ api, page }) => {
  const owner = newPerson("api-new-owner");
  const created = await api.post<Account>("/accounts", accountBody(owner.email));
  expect(created.status).toBe(201);

  await confirmFromMailbox(page, owner);
  await expect(page).not.toHaveURL(/verify-email/);
  await page.goto("/user/accounts");
  await expect(page.getByText(created.body.legalName)).toBeVisible();
});

test("suspend, reactivate, update, seat limit and close, as the account's owner sees them", async ({ api, page }) => {
  const owner = newPerson("api-suspended");
  await createVerifiedUser(owner);
  const { body: account } = await api.post<Account>("/accounts", accountBody(owner.email));
  await signIn(page, owner);
  await expect(page).not.toHaveURL(/sign-in/);

  expect((await api.post<Account>(`/accounts/${account.id}/suspend`, undefined)).body.status).toBe("SUSPENDED");
  expect((await api.post(`/accounts/${account.id}/suspend`, undefined)).status).toBe(409);
  await page.goto(`/accounts/${account.id}/settings`);
  await expect(page.getByTestId("account-suspended")).toContainText("This account is suspended");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("This account is suspended, so it cannot be changed.", { exact: false }).first()).toBeVisible();

  expect((await api.post<Account>(`/accounts/${account.id}/reactivate`, undefined)).body.status).toBe("ACTIVE");
  const renamed = `${account.legalName} Renamed`;
  expect((await api.patch<Account>(`/accounts/${account.id}`, { legalName: renamed })).body.legalName).toBe(renamed);
  expect((await api.call<Account>("PUT", `/accounts/${account.id}/seat-limit`, { body: { seatLimit: 1 } })).body.seatLimit).toBe(1);
  await page.goto(`/accounts/${account.id}/settings`);
  await expect(page.getByTestId("account-name")).toHaveText(renamed);
  await expect(page.getByTestId("account-suspended")).toHaveCount(0);
  await expect(page.getByTestId("seat-usage")).toContainText("of 1 seats in use");
  await page.goto(`/accounts/${account.id}/activity`);
  await expect(page.getByText("Your provider suspended the account")).toBeVisible();
  await expect(page.getByText("Your provider reactivated the account")).toBeVisible();

  expect((await api.post<Account>(`/accounts/${account.id}/close`, undefined)).body.status).toBe("CLOSED");
  expect((await api.post(`/accounts/${account.id}/close`, undefined)).status).toBe(409);
  const gone = await page.goto(`/accounts/${account.id}`);
  expect(gone?.status()).toBe(404);
});

test("/api/docs lists every operation of the served document and breaks no rule of the CSP", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });

  const served = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
  const operationIds = Object.values(served.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId));
  const response = await page.goto("/api/docs");
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  const shown = await page.getByTestId("api-operation").evaluateAll((sections) => sections.map((section) => section.getAttribute("data-operation-id")));
  expect(shown.sort()).toEqual(operationIds.sort());
  await expect(page.locator("#createAccount")).toContainText("accounts:write");
  await expect(page.locator("#createAccount")).toContainText("Idempotency-Key");
  await expect(page.getByTestId("api-problem").filter({ hasText: "urn:client-area:problem:idempotency-key-reused" })).toHaveCount(1);
  await page.waitForLoadState("load");
  expect(violations).toEqual([]);
});
