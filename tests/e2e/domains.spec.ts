import { expect, test, type Page } from "@playwright/test";
import { signInToEmpresa } from "./support/demo-members";
import { recordsOfAccount } from "./support/e2e-database";

/**
 * Domains as the demo members of Empresa, S.A. see them. Only this file changes domains, and
 * each change is on a different seeded domain: the first active locked one gets new
 * nameservers, the unlocked one shows its transfer code.
 */

const activeRows = (page: Page, lock: "Locked" | "Unlocked") =>
  page.getByTestId("domain-row").filter({ has: page.getByRole("cell", { name: "Active", exact: true }) }).filter({ has: page.getByTestId("domain-lock").getByText(lock, { exact: true }) });

test("the Technician changes nameservers (a bad host first) and reveals a transfer code", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "luis@example.com");
  await page.getByRole("navigation", { name: "Empresa, S.A." }).getByRole("link", { name: "Domains" }).click();
  await expect(page).toHaveURL(`${accountPath}/domains`);
  await expect(page.getByTestId("domain-row")).not.toHaveCount(0);
  // The seed has one domain expiring within 30 days: shown with a warning.
  await expect(page.locator('[data-testid="domain-expiry"][data-tone="warning"]').first()).toContainText(/expires in \d+ days?/);

  const locked = activeRows(page, "Locked").first();
  const name = await locked.getByRole("link").innerText();
  await locked.getByRole("link").click();
  await expect(page.getByTestId("domain-details")).toBeVisible();

  const field = page.getByLabel("Nameservers");
  await field.fill("ns1.luis-dns.example\nns2_bad.luis-dns.example");
  await page.getByRole("button", { name: "Save nameservers" }).click();
  await expect(page.getByText("Line 2: “ns2_bad.luis-dns.example” is not a valid host name.", { exact: false })).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("ns1.luis-dns.example\nns2_bad.luis-dns.example");

  await field.fill("ns1.luis-dns.example\nNS2.luis-dns.example");
  await page.getByRole("button", { name: "Save nameservers" }).click();
  await expect(page.getByText("Nameservers saved.")).toBeVisible();
  const row = page.getByTestId("domain-row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row.getByTestId("domain-nameservers")).toHaveText("ns1.luis-dns.examplens2.luis-dns.example");

  // A locked domain tells to unlock first; the unlocked one shows its code on request.
  await expect(page.getByText("Unlock the domain to get its transfer code", { exact: false })).toBeVisible();
  await activeRows(page, "Unlocked").first().getByRole("link").click();
  await page.getByRole("button", { name: "Show the transfer code" }).click();
  await expect(page.getByTestId("transfer-code")).toHaveText(/^[A-Za-z0-9+!-]{16}$/);
});

test("the Billing member gets 404 on domains and no Domains link", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "ben@example.com");
  await expect(page.getByRole("navigation", { name: "Empresa, S.A." }).getByRole("link", { name: "Domains" })).toHaveCount(0);
  const response = await page.goto(`${accountPath}/domains`);
  expect(response?.status()).toBe(404);
});

test("another account's domain is 404 in the Technician's domains page", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "luis@example.com");
  const foreign = await recordsOfAccount("Nube Agency");
  for (const url of [`${accountPath}/domains?domain=${foreign.domainId}`, `/accounts/${foreign.accountId}/domains?domain=${foreign.domainId}`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
});
