import { expect, test, type Page } from "@playwright/test";
import { createAccountInDatabase, createVerifiedUser } from "./support/members-in-database";
import { invoiceIssuedDaysAgo, suspendedServiceInDatabase } from "./support/money-in-database";
import { newPerson, signIn, type Person } from "./support/people";

/**
 * Paying where people look for it (issue 15, point 7): the overview's overdue banner, paying
 * several invoices with one charge from the list, paying in place on an invoice page with a
 * new card, and a suspended service that says which invoices it waits for. Each test has an
 * account of its own, made through the factories; the payment forms are what is under test.
 */

const euros = (minor: number) => new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(minor / 100);

async function ownerWithAccount(page: Page, label: string): Promise<{ owner: Person; accountId: string }> {
  const owner = newPerson(label);
  await createVerifiedUser(owner);
  const accountId = await createAccountInDatabase(owner, `Paying ${owner.name}`);
  await signIn(page, owner);
  await expect(page).not.toHaveURL(/\/sign-in/);
  return { owner, accountId };
}

async function fillNewCard(page: Page, number: string) {
  await page.getByLabel("Name on the card").fill("Marta Perez");
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill(`12/${(new Date().getUTCFullYear() + 3) % 100}`);
  await page.getByLabel("Security code (CVC)").fill("123");
}

test("the overdue banner's Pay now pays the overdue invoices together: one charge, each recorded paid, the card kept on request", async ({ page }) => {
  const { owner, accountId } = await ownerWithAccount(page, "overdue");
  const older = await invoiceIssuedDaysAgo(accountId, 40, { description: "Web Hosting Pro", unitPriceMinor: 1000 });
  const old = await invoiceIssuedDaysAgo(accountId, 20, { description: "Extra mailbox", unitPriceMinor: 500 });
  const current = await invoiceIssuedDaysAgo(accountId, 1, { description: "VPS M", unitPriceMinor: 2000 });
  const overdueTotal = older.totalMinor + old.totalMinor;

  await page.goto(`/accounts/${accountId}`);
  const banner = page.getByTestId("overdue-banner");
  await expect(banner).toContainText("2 invoices are overdue");
  await expect(banner).toContainText(euros(overdueTotal));
  await banner.getByRole("link", { name: "Pay now" }).click();
  await expect(page).toHaveURL(`/accounts/${accountId}/invoices?status=overdue`);

  // The overdue ones come ticked; each unpaid row has its own Pay and PDF.
  for (const invoice of [older, old]) {
    await expect(page.getByRole("checkbox", { name: `Pay invoice ${invoice.number} with the others` })).toBeChecked();
    await expect(page.getByRole("link", { name: `Pay invoice ${invoice.number}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Download the PDF of invoice ${invoice.number}` })).toBeVisible();
  }
  // No saved card yet: a new one is typed in place, and kept because asked.
  await expect(page.getByLabel("Payment method")).toHaveValue("new");
  await fillNewCard(page, "4242 4242 4242 4242");
  await page.getByLabel("Save this card for later payments").check();
  await page.getByRole("button", { name: "Pay the ticked invoices" }).click();

  const confirmation = page.getByTestId("payment-confirmation");
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toHaveText(`Invoices ${older.number}, ${old.number} are paid: ${euros(overdueTotal)} was charged to Visa •••• 4242. A receipt follows by email.`);

  await page.goto(`/accounts/${accountId}/invoices`);
  const statusOf = (number: string) => page.getByTestId("invoice-row").filter({ hasText: number }).getByTestId("invoice-status");
  await expect(statusOf(older.number)).toHaveText("Paid");
  await expect(statusOf(old.number)).toHaveText("Paid");
  await expect(statusOf(current.number)).toHaveText("Unpaid");

  await page.goto(`/accounts/${accountId}`);
  await expect(page.getByTestId("overview-invoices")).toBeVisible();
  await expect(page.getByTestId("overdue-banner")).toHaveCount(0);
  await page.goto(`/accounts/${accountId}/billing`);
  await expect(page.getByTestId("payment-method")).toHaveText(/Visa •••• 4242/);

  // The activity log says it in sentences, one per invoice, in separate columns, no JSON.
  await page.goto(`/accounts/${accountId}/activity`);
  const rows = page.getByTestId("activity-row");
  for (const invoice of [older, old]) {
    const row = rows.filter({ hasText: `paid invoice ${invoice.number}` });
    await expect(row.getByTestId("activity-sentence")).toHaveText(`${owner.name} paid invoice ${invoice.number} (${euros(invoice.totalMinor)}) with Visa •••• 4242`);
    // The address as the server saw it; a loopback IPv4 arriving as IPv6-mapped shows as IPv4.
    await expect(row.getByTestId("activity-ip")).toHaveText(/^(127\.0\.0\.1|::1)$/);
  }
  await expect(rows.filter({ hasText: `${owner.name} added the payment method Visa •••• 4242 and made it the default` })).toHaveCount(1);
  await expect(page.getByText(/[{}]/)).toHaveCount(0);
});

test("an invoice is paid in place with a new card: a declined one changes nothing, a good one pays and is not kept", async ({ page }) => {
  const { accountId } = await ownerWithAccount(page, "in-place");
  const invoice = await invoiceIssuedDaysAgo(accountId, 3, { description: "Web Hosting Pro", unitPriceMinor: 1199 });

  await page.goto(`/accounts/${accountId}/invoices`);
  await page.getByRole("link", { name: `Pay invoice ${invoice.number}` }).click();
  await expect(page).toHaveURL(new RegExp(`/invoices/${invoice.id}`));
  await expect(page.getByTestId("invoice-status")).toHaveText("Unpaid");

  await fillNewCard(page, "4000 0000 0000 0002");
  await page.getByRole("button", { name: `Pay ${euros(invoice.totalMinor)}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The card was declined by the bank. Nothing was charged" })).toBeVisible();
  // The name and expiry stay typed; the number and security code are typed again.
  await expect(page.getByLabel("Name on the card")).toHaveValue("Marta Perez");
  await expect(page.getByLabel("Card number")).toHaveValue("");
  await expect(page.getByTestId("invoice-status")).toHaveText("Unpaid");

  await fillNewCard(page, "5555 5555 5555 4444");
  await page.getByRole("button", { name: `Pay ${euros(invoice.totalMinor)}` }).click();
  const confirmation = page.getByTestId("payment-confirmation");
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toHaveText(`Invoice ${invoice.number} is paid: ${euros(invoice.totalMinor)} was charged to Mastercard •••• 4444. A receipt follows by email.`);
  await expect(page.getByTestId("invoice-status")).toHaveText("Paid");
  await page.reload();
  await expect(page.getByTestId("invoice-payment")).toContainText("Mastercard •••• 4444");

  // Not asked to keep it: no card was saved.
  await page.goto(`/accounts/${accountId}/billing`);
  await expect(page.getByText("Cards you save appear here.", { exact: false })).toBeVisible();
});

test("a suspended service names the overdue invoice it waits for, linked to where it is paid", async ({ page }) => {
  const { accountId } = await ownerWithAccount(page, "suspended");
  const service = await suspendedServiceInDatabase(accountId, "Web Hosting Pro");
  const invoice = await invoiceIssuedDaysAgo(accountId, 30, { description: "Web Hosting Pro, one month", unitPriceMinor: 999, serviceId: service.id });

  await page.goto(`/accounts/${accountId}/services/${service.id}`);
  const notice = page.getByTestId("service-suspended");
  await expect(notice).toContainText("This service is suspended");
  await expect(notice).toContainText("It is waiting for this overdue invoice to be paid:");
  await expect(notice).toContainText("Pay it and your provider reactivates the service.");
  await notice.getByRole("link", { name: new RegExp(`^Invoice ${invoice.number}: ${euros(invoice.totalMinor).replace(".", "\\.")}`) }).click();
  await expect(page.getByTestId("invoice-number")).toHaveText(invoice.number);
  await expect(page.getByRole("button", { name: `Pay ${euros(invoice.totalMinor)}` })).toBeVisible();
});
