import { expect, test } from "@playwright/test";
import { savedCardInDatabase } from "./support/cards-in-database";
import { createAccountInDatabase, createVerifiedUser } from "./support/members-in-database";
import { newPerson, signIn } from "./support/people";
import { catalogVpsInDatabase } from "./support/upgrades-in-database";

/**
 * Upgrading from the catalog (issue 16): the owner picks a higher plan on the service's page,
 * which issues an invoice for the rest of the period; the service stays as it is until the
 * invoice is paid with the saved card, then shows the new plan. Its own account and service.
 */
test("the owner upgrades a VPS, pays the invoice with the saved card and sees the new plan", async ({ page }) => {
  const owner = newPerson("upgrade");
  await createVerifiedUser(owner);
  const accountId = await createAccountInDatabase(owner, `Upgrades ${owner.name}`);
  const serviceId = await catalogVpsInDatabase(accountId);
  const card = await savedCardInDatabase(accountId, { holderName: owner.name, makeDefault: true });
  await signIn(page, owner);
  await expect(page).not.toHaveURL(/\/sign-in/);

  await page.goto(`/accounts/${accountId}/services/${serviceId}`);
  await expect(page.getByTestId("service-product")).toHaveText("VPS S");
  const plan = page.getByLabel("New plan");
  await expect(plan.locator("option")).toHaveText([/^VPS M: €24\.99 per renewal, €\d+\.\d\d now$/, /^VPS L: €49\.99 per renewal, €\d+\.\d\d now$/]);
  await plan.selectOption({ label: (await plan.locator("option").first().innerText()).trim() });
  await page.getByRole("button", { name: "Upgrade and pay" }).click();

  // The invoice is issued; the service is still on its plan, and no second upgrade is offered.
  const waiting = page.getByTestId("upgrade-waiting");
  await expect(waiting).toContainText("Your upgrade to VPS M is waiting for invoice");
  await expect(page.getByTestId("service-product")).toHaveText("VPS S");
  await expect(page.getByLabel("New plan")).toHaveCount(0);

  await waiting.getByRole("link", { name: /^Pay invoice / }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/invoices/[0-9a-f-]{36}`));
  await expect(page.getByTestId("invoice-status")).toHaveText("Unpaid");
  await expect(page.getByLabel("Payment method")).toHaveValue(card.id);
  await page.getByRole("button", { name: /^Pay €/ }).click();
  await expect(page.getByTestId("payment-confirmation")).toContainText(`was charged to ${card.label}`);
  await expect(page.getByTestId("invoice-status")).toHaveText("Paid");

  await page.goto(`/accounts/${accountId}/services/${serviceId}`);
  await expect(page.getByTestId("service-product")).toHaveText("VPS M");
  await expect(page.getByTestId("upgrade-waiting")).toHaveCount(0);
  // VPS M is now the highest plan but one: VPS L is still offered.
  await expect(page.getByLabel("New plan").locator("option")).toHaveText([/^VPS L: /]);
});
