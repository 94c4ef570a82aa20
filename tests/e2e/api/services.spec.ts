import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { withE2eDatabase } from "../support/e2e-database";
import { createAccountInDatabase, createVerifiedUser } from "../support/members-in-database";
import { newPerson, signIn } from "../support/people";
import { expect, test, type ApiClient } from "./support/api-test";

/**
 * Services through the provider's API over real HTTP (every answer checked against the served
 * document), and what the account's member then sees in the client area.
 */

type Service = { id: string; status: string; productName: string };

async function ownerWithAccount(page: Page) {
  const owner = newPerson("svc-owner");
  await createVerifiedUser(owner);
  const accountId = await createAccountInDatabase(owner, `Api Services ${randomBytes(4).toString("hex")}, S.L.`);
  await signIn(page, owner);
  await expect(page).not.toHaveURL(/\/sign-in/);
  return { owner, accountId };
}

function createService(api: ApiClient, accountId: string, body: Record<string, unknown>) {
  return api.post<Service>(`/accounts/${accountId}/services`, {
    server: "node4.provider.example",
    priceMinor: 1290,
    currency: "EUR",
    billingCycle: "MONTHLY",
    nextDueAt: "2027-01-15",
    ...body,
  });
}

test("a service created through the API is on the member's page; once suspended its page says so and a restart is refused", async ({ page, api }) => {
  const { accountId } = await ownerWithAccount(page);
  const product = `VPS API ${randomBytes(3).toString("hex")}`;
  const created = await createService(api, accountId, { kind: "VPS", productName: product, cpuCores: 2, memoryMb: 2048, diskLimitMb: 40960, ipAddress: "192.0.2.44" });
  expect(created.status).toBe(201);
  expect(created.body.status).toBe("ACTIVE");

  await page.goto(`/accounts/${accountId}/services`);
  await page.getByTestId("service-row").getByRole("link", { name: product, exact: true }).click();
  await expect(page.getByTestId("service-product")).toHaveText(product);
  await expect(page.getByTestId("power-state")).toHaveText("Running");
  const restart = page.getByRole("button", { name: "Restart" });
  await expect(restart).toBeEnabled();

  // Suspended while the member has the page open: the server refuses the restart.
  const suspended = await api.post<Service>(`/services/${created.body.id}/suspend`, { reason: "Invoice INV-2026-000099 unpaid" });
  expect(suspended.status).toBe(200);
  expect(suspended.body.status).toBe("SUSPENDED");
  await restart.click();
  await page.getByRole("dialog", { name: /^Restart .*\?$/ }).getByRole("button", { name: "Restart the server" }).click();
  await expect(page.getByText("This service is suspended: it cannot be managed until it is reactivated.")).toBeVisible();

  await page.reload();
  // The page says why (the provider's reason) and how to get it back.
  const notice = page.getByTestId("service-suspended");
  await expect(notice).toContainText("This service is suspended");
  await expect(notice).toContainText("Your provider gave this reason: Invoice INV-2026-000099 unpaid");
  await expect(page.getByRole("button", { name: "Restart" })).toHaveCount(0);
  await page.goto(`/accounts/${accountId}/activity`);
  await expect(page.getByText(`Your provider suspended ${product}: Invoice INV-2026-000099 unpaid`)).toBeVisible();

  // Wrong states, scopes and input are refused as the document describes.
  expect((await api.post(`/services/${created.body.id}/suspend`, {})).status).toBe(409);
  const reader = await api.withScopes(["services:read"]);
  expect((await reader.post(`/services/${created.body.id}/unsuspend`, undefined)).status).toBe(403);
  expect((await api.post(`/services/${created.body.id}/unsuspend`, undefined)).body).toMatchObject({ status: "ACTIVE" });
  expect((await api.post(`/services/${created.body.id}/unsuspend`, undefined)).status).toBe(409);
  expect((await api.post(`/services/${created.body.id}/terminate`, undefined)).body).toMatchObject({ status: "CANCELLED" });
  expect((await api.patch(`/services/${created.body.id}`, { priceMinor: 100 })).status).toBe(409);
  expect((await api.get(`/services/${created.body.id}`)).body).toMatchObject({ status: "CANCELLED" });
  expect((await api.get(`/services?accountId=${accountId}&status=CANCELLED`)).status).toBe(200);
  expect((await api.get("/services/0190a8f0-0000-7000-8000-0000000000ff")).status).toBe(404);
  expect((await createService(api, accountId, { kind: "VPS", productName: product, panelDriver: "plesk" })).status).toBe(422);
});

test("the provider refuses a member's upgrade request; the member reads the message on the service page", async ({ page, api }) => {
  const { accountId } = await ownerWithAccount(page);
  const created = await createService(api, accountId, { kind: "WEB_HOSTING", productName: "Web Hosting Starter", domain: `shop-${randomBytes(3).toString("hex")}.example`, priceMinor: 499 });
  expect(created.status).toBe(201);
  // Members now order upgrades and pay them (upgrades.spec.ts); a request asked before that
  // stays in the provider's queue to be answered, as this one made in the database.
  await withE2eDatabase((db) => db.serviceRequest.create({ data: { accountId, serviceId: created.body.id, kind: "UPGRADE", targetProduct: "Web Hosting Business" } }));

  await page.goto(`/accounts/${accountId}/services/${created.body.id}`);

  const open = await api.get<{ data: { id: string; serviceId: string; kind: string; targetProduct: string }[] }>(`/service-requests?accountId=${accountId}&kind=UPGRADE`);
  expect(open.status).toBe(200);
  expect(open.body.data).toEqual([expect.objectContaining({ serviceId: created.body.id, targetProduct: "Web Hosting Business" })]);
  const requestId = open.body.data[0]!.id;
  expect((await api.post(`/service-requests/${requestId}/refuse`, {})).status).toBe(422);
  const message = "The Business plan is not available on this server yet; we will offer it in March.";
  const refused = await api.post<{ status: string }>(`/service-requests/${requestId}/refuse`, { message });
  expect(refused.body.status).toBe("REJECTED");
  expect((await api.post(`/service-requests/${requestId}/accept`, {})).status).toBe(409);

  await page.reload();
  const answered = page.getByTestId("answered-request");
  await expect(answered).toContainText("Upgrade to Web Hosting Business: declined on");
  await expect(answered).toContainText(`Message from your provider: ${message}`);
  await expect(page.getByTestId("service-product")).toHaveText("Web Hosting Starter");
});
