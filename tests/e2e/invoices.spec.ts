import { expect, test } from "@playwright/test";
import { createAccountFor } from "./support/accounts";
import { signInToEmpresa } from "./support/demo-members";
import { pdfText } from "./support/pdf";
import { newPerson, signInAsNewUser } from "./support/people";

/**
 * Invoices and billing as the demo members of Empresa, S.A. see them. Ben (Billing) and Luis
 * (Technician) belong to Empresa alone, so signing in lands in it. Tests run in parallel on
 * one seeded database: only the paying test changes a seeded invoice, and the billing page
 * is exercised in an account of its own.
 */
test("the Billing member downloads an invoice PDF holding its number and total", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "ben@example.com");
  await page.getByRole("navigation", { name: "Empresa, S.A." }).getByRole("link", { name: "Invoices" }).click();
  await expect(page.getByTestId("invoice-row")).toHaveCount(25);
  await expect(page.getByRole("link", { name: "Older invoices" })).toBeVisible();

  // A paid invoice: the paying test below leaves those alone.
  await page.getByTestId("invoice-filter-paid").click();
  await expect(page).toHaveURL(`${accountPath}/invoices?status=paid`);
  await expect(page.getByTestId("invoice-row").first().getByTestId("invoice-status")).toHaveText("Paid");
  await page.getByTestId("invoice-row").first().getByRole("link", { name: /^INV-/ }).click();
  const number = await page.getByTestId("invoice-number").innerText();
  const total = await page.getByTestId("invoice-total").innerText();
  expect(number).toMatch(/^INV-\d{4}-\d{6}$/);
  expect(total).toMatch(/^€[\d,]+\.\d{2}$/);
  await expect(page.getByTestId("invoice-buyer")).toContainText("Empresa, S.A.");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(download.suggestedFilename()).toBe(`invoice-${number}.pdf`);
  const text = await pdfText(download);
  expect(text).toContain(number);
  expect(text).toContain(`Total ${total}`);
  expect(text).toContain("PAID");
  expect(text).toContain("Empresa, S.A.");
});

test("the Billing member pays an unpaid invoice: a declined card changes nothing, a good one pays and sends a receipt", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "ben@example.com");
  await page.goto(`${accountPath}/invoices?status=unpaid`);
  const rows = page.getByTestId("invoice-row");
  await expect(rows.first()).toBeVisible();
  // Unpaid includes the overdue ones, with their own badge.
  await expect(rows.getByTestId("invoice-status").filter({ hasText: "Overdue" }).first()).toBeVisible();
  await rows.first().getByRole("link", { name: /^INV-/ }).click();
  const number = await page.getByTestId("invoice-number").innerText();
  await expect(page.getByTestId("invoice-status")).toHaveText(/^(Unpaid|Overdue)$/);

  await page.getByLabel("Payment method").selectOption({ label: "Visa •••• 0002" });
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The card was declined by the bank. Nothing was charged" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("invoice-status")).toHaveText(/^(Unpaid|Overdue)$/);
  await expect(page.getByTestId("invoice-payment")).toHaveCount(0);

  await page.getByLabel("Payment method").selectOption({ label: "Visa •••• 4242" });
  await page.getByRole("button", { name: /^Pay / }).click();
  // The page shows the new state in place, and keeps it.
  await expect(page.getByTestId("invoice-status")).toHaveText("Paid");
  await page.reload();
  await expect(page.getByTestId("invoice-status")).toHaveText("Paid");
  await expect(page.getByTestId("invoice-payment")).toContainText("Visa •••• 4242");
  await expect(page.getByRole("button", { name: /^Pay / })).toHaveCount(0);

  await page.goto(`${accountPath}/emails`);
  const receipt = page.getByTestId("account-email").filter({ hasText: `Payment received for invoice ${number}` });
  await expect(receipt).toHaveCount(1);
  await expect(receipt.getByTestId("email-recipient").filter({ hasText: "ben@example.com" })).toHaveCount(1);
  await expect(receipt.getByTestId("email-recipient").filter({ hasText: "lucia@asesoria.example" })).toHaveCount(1);
});

test("a Technician gets 404 on the invoices, an invoice, its PDF and the billing page", async ({ page, browser }) => {
  const billing = await browser.newContext();
  const benPage = await billing.newPage();
  const accountPath = await signInToEmpresa(benPage, "ben@example.com");
  await benPage.goto(`${accountPath}/invoices`);
  const invoicePath = await benPage.getByTestId("invoice-row").first().getByRole("link", { name: /^INV-/ }).getAttribute("href");
  await billing.close();

  expect(await signInToEmpresa(page, "luis@example.com")).toBe(accountPath);
  const nav = page.getByRole("navigation", { name: "Empresa, S.A." });
  await expect(nav.getByRole("link", { name: "Services" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Invoices" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Billing" })).toHaveCount(0);
  for (const path of [`${accountPath}/invoices`, invoicePath!, `${invoicePath}/pdf`, `${accountPath}/billing`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
  const response = await page.goto(`${accountPath}/invoices`);
  expect(response?.status()).toBe(404);
});

test("invoice addresses, cards and auto-pay are kept on the billing page; the company details are shown there and edited in Settings", async ({ page }) => {
  const owner = newPerson("billing");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Billing ${owner.name}`);
  await page.goto(`/accounts/${accountId}/billing`);
  await expect(page.getByText("Cards you save appear here.")).toBeVisible();

  // One place for the company details: shown here, read-only, with the way to Settings.
  const company = page.getByTestId("company-details");
  await expect(company).toContainText(`Billing ${owner.name}`);
  await expect(page.getByLabel("Tax ID (VAT number)")).toHaveCount(0);
  await company.getByRole("link", { name: "Change them in Settings" }).click();
  await expect(page).toHaveURL(`/accounts/${accountId}/settings`);
  await page.getByLabel("Tax ID (VAT number)").fill("ESB76543210");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("The account's details were saved.")).toBeVisible();
  await page.goto(`/accounts/${accountId}/billing`);
  await expect(company).toContainText("ESB76543210");

  // Invoice addresses: a bad one is refused on the field, the form kept as typed.
  await page.getByLabel("Also send invoices and receipts to").fill("books@asesoria.example\nnot an address");
  await page.getByRole("button", { name: "Save billing details" }).click();
  await expect(page.getByText("Each address must be a valid email address")).toBeVisible();
  await expect(page.getByLabel("Also send invoices and receipts to")).toHaveValue("books@asesoria.example\nnot an address");
  await page.getByLabel("Also send invoices and receipts to").fill("Books@Asesoria.example");
  await page.getByRole("button", { name: "Save billing details" }).click();
  await expect(page.getByText("The billing details were saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Also send invoices and receipts to")).toHaveValue("books@asesoria.example");

  // Cards: mistakes on their fields, then two saved; the first is the default.
  const addCard = async (number: string, expiry = "12/39", cvc = "123") => {
    await page.getByLabel("Name on the card").fill(owner.name);
    await page.getByLabel("Card number").fill(number);
    await page.getByLabel("Expiry (MM/YY)").fill(expiry);
    await page.getByLabel("Security code (CVC)").fill(cvc);
    await page.getByRole("button", { name: "Save card" }).click();
  };
  await addCard("4242 4242 4242 4241", "01/20", "1");
  await expect(page.getByText("Enter a valid card number.")).toBeVisible();
  await expect(page.getByText("This card has expired.")).toBeVisible();
  await addCard("4242 4242 4242 4242");
  await expect(page.getByText("The card was saved.")).toBeVisible();
  await addCard("5555 5555 5555 4444");
  const methods = page.getByTestId("payment-method");
  await expect(methods).toHaveCount(2);
  await expect(methods.filter({ hasText: "Visa •••• 4242" })).toContainText("Default");
  await expect(page.getByText("4242424242424242")).toHaveCount(0);

  await page.getByRole("button", { name: "Make default: Mastercard •••• 4444" }).click();
  await expect(methods.filter({ hasText: "Mastercard •••• 4444" })).toContainText("Default");
  await page.getByRole("button", { name: "Remove Visa •••• 4242" }).click();
  await page.getByRole("dialog", { name: "Remove Visa •••• 4242?" }).getByRole("button", { name: "Remove card" }).click();
  await expect(methods).toHaveCount(1);

  await page.getByLabel("Pay new invoices automatically").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Pay new invoices automatically")).toBeChecked();

  await page.goto(`/accounts/${accountId}/activity`);
  const rows = page.getByTestId("activity-row");
  await expect(rows.filter({ hasText: `${owner.name} changed the billing details:` })).toContainText("Invoice addresses");
  for (const step of [
    `${owner.name} added the payment method Visa •••• 4242 and made it the default`,
    `${owner.name} added the payment method Mastercard •••• 4444`,
    `${owner.name} made Mastercard •••• 4444 the default payment method`,
    `${owner.name} removed the payment method Visa •••• 4242`,
    `${owner.name} turned auto-pay on`,
  ]) {
    await expect(rows.filter({ hasText: step }), step).toHaveCount(1);
  }
});
