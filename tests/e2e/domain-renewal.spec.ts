import { expect, test } from "@playwright/test";
import { savedCardInDatabase } from "./support/cards-in-database";
import { domainInDatabase } from "./support/domains-in-database";
import { withE2eDatabase } from "./support/e2e-database";
import { addMemberInDatabase, createAccountInDatabase, createVerifiedUser } from "./support/members-in-database";
import { newPerson, signIn } from "./support/people";

/**
 * Renewing a domain by hand: the owner renews a domain 12 days from expiry with auto-renew
 * off for 2 years, pays the renewal invoice in place with the saved card and sees the new
 * expiry date; a Junior technician (no domains.order) sees the domain without a Renew.
 */

async function accountWithDomain(label: string) {
  const owner = newPerson(label);
  await createVerifiedUser(owner);
  const accountId = await createAccountInDatabase(owner, `Renewals ${owner.name}`);
  const domain = await domainInDatabase(accountId, { expiresInDays: 12, autoRenew: false });
  return { owner, accountId, domain };
}

/** The date as the page writes it in English ("December 14, 2028"), in the member's time zone as the app formats it. */
const longDate = (date: Date, timeZone: string) => new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone }).format(date);

test("a member renews a domain 12 days from expiry for 2 years, pays with the saved card and sees the new expiry", async ({ page }) => {
  const { owner, accountId, domain } = await accountWithDomain("renewer");
  const card = await savedCardInDatabase(accountId, { holderName: owner.name, makeDefault: true });
  await signIn(page, owner);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto(`/accounts/${accountId}/domains?domain=${domain.id}`);
  const details = page.getByTestId("domain-details");
  await expect(details).toBeVisible();
  const { timeZone } = await withE2eDatabase((db) => db.user.findUniqueOrThrow({ where: { email: owner.email }, select: { timeZone: true } }));
  const oldExpiry = await details.getByTestId("domain-details-expiry").innerText();

  // The notice that it expires unless renewed by hand leads to Renew.
  await expect(details.getByText("Auto-renew is off: the domain expires unless it is renewed by hand.")).toBeVisible();
  await details.getByRole("link", { name: "Renew now" }).click();
  const years = details.getByLabel("Renew for");
  // Prices come from the catalog: .com renews at €13.99 a year, so two years are €27.98 before tax.
  await expect(years.locator("option", { hasText: "2 years: €27.98" })).toHaveCount(1);
  await years.selectOption("2");
  await details.getByRole("button", { name: "Renew", exact: true }).click();

  const open = details.getByTestId("renewal-open-invoice");
  await expect(open).toContainText("The renewal for 2 years");
  await expect(open).toContainText("is waiting for payment");
  // No second Renew while the invoice is open: its Pay action instead, with the saved card chosen.
  await expect(details.getByRole("button", { name: "Renew", exact: true })).toHaveCount(0);
  await expect(details.getByLabel("Payment method")).toHaveValue(card.id);
  await details.getByRole("button", { name: /^Pay / }).click();

  await expect(details.getByTestId("payment-confirmation")).toBeVisible();
  const renewedTo = new Date(domain.expiresAt);
  renewedTo.setUTCFullYear(renewedTo.getUTCFullYear() + 2);
  await expect(details.getByTestId("domain-details-expiry")).toHaveText(longDate(renewedTo, timeZone));
  expect(await details.getByTestId("domain-details-expiry").innerText()).not.toBe(oldExpiry);
  await expect(details.getByTestId("renewal-open-invoice")).toHaveCount(0);
});

test("a member without domains.order sees the domain but no Renew", async ({ page }) => {
  const { accountId, domain } = await accountWithDomain("renew-owner");
  const junior = newPerson("junior");
  await createVerifiedUser(junior);
  await addMemberInDatabase(accountId, junior, "Junior technician");
  await signIn(page, junior);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto(`/accounts/${accountId}/domains?domain=${domain.id}`);
  const details = page.getByTestId("domain-details");
  await expect(details.getByTestId("domain-details-expiry")).toBeVisible();
  await expect(details.getByTestId("domain-renewal")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Renew", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Renew now" })).toHaveCount(0);
});
