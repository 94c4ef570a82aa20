import { createAccountInDatabase, addMemberInDatabase, createVerifiedUser } from "../support/members-in-database";
import { newPerson, signInAsNewUser } from "../support/people";
import { expect, test } from "./support/api-test";

/**
 * Invoices through the provider's API over real HTTP, every answer checked against the
 * served document, and what the customer sees of them: the invoice on the account's pages,
 * its email in the billing member's mailbox, the state a payment or a cancellation leaves.
 */

type Invoice = { id: string; number: string; status: string; totalMinor: number; amountDueMinor: number; autoPay: string; payments: { method: string; reference: string }[] };

const LINES = [
  { description: "Web Hosting Pro, December", quantity: 1, unitPriceMinor: 1499 },
  { description: "Extra mailbox", quantity: 3, unitPriceMinor: 199 },
];

test("an invoice issued through the API reaches the account's pages and its billing recipients; the PDF is the customer's", async ({ api, page }) => {
  const owner = newPerson("api-invoice-owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountInDatabase(owner, `Api Invoices ${Date.now()}, S.L.`);
  const billing = newPerson("api-invoice-billing");
  await createVerifiedUser(billing);
  await addMemberInDatabase(accountId, billing, "Billing");

  const idempotency = { headers: { "Idempotency-Key": `issue-${accountId}` } };
  const issued = await api.post<Invoice>(`/accounts/${accountId}/invoices`, { lines: LINES, taxName: "VAT", taxRateBp: 2100 }, idempotency);
  expect(issued.status).toBe(201);
  expect(issued.body).toMatchObject({ status: "UNPAID", totalMinor: 2536, amountDueMinor: 2536, autoPay: "off" });
  const retried = await api.post<Invoice>(`/accounts/${accountId}/invoices`, { lines: LINES, taxName: "VAT", taxRateBp: 2100 }, idempotency);
  expect([retried.status, retried.body.id]).toEqual([201, issued.body.id]);
  const { number } = issued.body;

  // The signed-in owner sees it in the account's invoices, once.
  await page.goto(`/accounts/${accountId}/invoices`);
  await expect(page.getByTestId("invoice-row")).toHaveCount(1);
  await page.getByTestId("invoice-row").getByRole("link", { name: number, exact: true }).click();
  await expect(page.getByTestId("invoice-number")).toHaveText(number);
  await expect(page.getByTestId("invoice-total")).toHaveText("€25.36");
  await expect(page.getByTestId("invoice-status")).toHaveText("Unpaid");

  // Its email reaches the billing member too.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(billing.email)}`);
  await expect(page.getByTestId("mailbox-subject").filter({ hasText: `New invoice ${number}` })).toHaveCount(1);

  const listed = await api.get<{ data: { id: string }[] }>(`/invoices?accountId=${accountId}&status=UNPAID`);
  expect(listed.body.data.map((row) => row.id)).toEqual([issued.body.id]);
  const one = await api.get<Invoice>(`/invoices/${issued.body.id}`);
  expect([one.status, one.body.number]).toEqual([200, number]);

  const pdf = await api.get<Buffer>(`/invoices/${issued.body.id}/pdf`);
  expect(pdf.status).toBe(200);
  expect(pdf.headers["content-type"]).toBe("application/pdf");
  expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const reader = await api.withScopes(["invoices:read"]);
  expect((await reader.post(`/accounts/${accountId}/invoices`, { lines: LINES })).status).toBe(403);
  expect((await api.post(`/accounts/${accountId}/invoices`, { lines: [{ ...LINES[0], quantity: 0 }] })).status).toBe(422);
  expect((await api.get(`/invoices/${accountId}`)).status).toBe(404);
});

test("a bank transfer recorded through the API pays the invoice the customer sees; a cancelled one reads Cancelled", async ({ api, page }) => {
  const owner = newPerson("api-payment-owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountInDatabase(owner, `Api Payments ${Date.now()}, S.L.`);
  const toPay = (await api.post<Invoice>(`/accounts/${accountId}/invoices`, { lines: LINES })).body;
  const toCancel = (await api.post<Invoice>(`/accounts/${accountId}/invoices`, { lines: LINES.slice(0, 1) })).body;

  const partial = await api.post(`/invoices/${toPay.id}/payments`, { amountMinor: 1000, method: "BANK_TRANSFER", reference: "TRF-1" });
  expect(partial.status).toBe(422);
  const paid = await api.post<Invoice>(`/invoices/${toPay.id}/payments`, { amountMinor: toPay.totalMinor, method: "BANK_TRANSFER", reference: "TRF-2026-0042" }, { headers: { "Idempotency-Key": `pay-${toPay.id}` } });
  expect(paid.status).toBe(201);
  expect(paid.body).toMatchObject({ status: "PAID", payments: [{ method: "BANK_TRANSFER", reference: "TRF-2026-0042" }] });
  expect((await api.post(`/invoices/${toPay.id}/payments`, { amountMinor: toPay.totalMinor, method: "BANK_TRANSFER", reference: "TRF-again" })).status).toBe(409);

  expect((await api.post<Invoice>(`/invoices/${toCancel.id}/cancel`, undefined)).body.status).toBe("CANCELLED");
  expect((await api.post(`/invoices/${toCancel.id}/cancel`, undefined)).status).toBe(409);

  await page.goto(`/accounts/${accountId}/invoices/${toPay.id}`);
  await expect(page.getByTestId("invoice-status")).toHaveText("Paid");
  await expect(page.getByTestId("invoice-payment")).toContainText("TRF-2026-0042");
  await page.goto(`/accounts/${accountId}/invoices/${toCancel.id}`);
  await expect(page.getByTestId("invoice-status")).toHaveText("Cancelled");

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(owner.email)}`);
  await expect(page.getByTestId("mailbox-subject").filter({ hasText: toPay.number })).toHaveCount(2); // the invoice, then its receipt
});
