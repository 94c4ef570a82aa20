import { expect, test, type Page } from "@playwright/test";
import { confirmFromMailbox, fillSignUp, newPerson, signInAsNewUser } from "./support/people";
import { createAccountFor, invite } from "./support/accounts";
import { E2E_BRAND } from "./support/brand";

/** The overview's setup steps, by their test ids' step names, in order. */
async function setupSteps(page: Page, accountId: string): Promise<string[]> {
  await page.goto(`/accounts/${accountId}`);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  const items = page.locator("[data-testid^='setup-step-']");
  return (await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-testid")))).map((id) => id!.replace("setup-step-", ""));
}

test("a new person signs up, verifies, is asked to create an account, and the next steps leave the overview as each is done", async ({ page }) => {
  const person = newPerson("first");
  await fillSignUp(page, person);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // Verifying leads to the accounts page: a welcome, and the way to a first client account.
  await confirmFromMailbox(page, person);
  await expect(page).toHaveURL(/\/user\/accounts\?verified=1$/);
  await expect(page.getByText(`Welcome, ${person.name}. Your email address is confirmed.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Create your client account" })).toBeVisible();
  await expect(page.getByTestId("waiting-invitation")).toHaveCount(0);
  await page.getByTestId("first-account").click();

  // The form proposes the provider's currency.
  await expect(page).toHaveURL(/\/user\/accounts\/new$/);
  await expect(page.getByLabel("Currency")).toHaveValue(E2E_BRAND.PROVIDER_DEFAULT_CURRENCY);
  const legalName = `First Visit ${person.name}`;
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Address", { exact: true }).fill("Calle Mayor 1");
  await page.getByLabel("Postcode").fill("28013");
  await page.getByLabel("City").fill("Madrid");
  await page.getByLabel("Country").selectOption("ES");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-name")).toHaveText(legalName);
  const accountId = page.url().match(/\/accounts\/([0-9a-f-]{36})/)![1]!;

  // A company without a tax id, no card, nobody invited: three steps, each a link to where it is done.
  await expect(page.getByRole("heading", { name: `Finish setting up ${legalName}` })).toBeVisible();
  expect(await setupSteps(page, accountId)).toEqual(["billingDetails", "card", "invite"]);
  await page.getByRole("link", { name: "Add your company's tax ID" }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/settings$`));

  await page.getByLabel("Tax ID (VAT number)").fill("ESB76543210");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("The account's details were saved.")).toBeVisible();
  expect(await setupSteps(page, accountId)).toEqual(["card", "invite"]);

  await page.goto(`/accounts/${accountId}/billing`);
  await page.getByLabel("Name on the card").fill(person.name);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill("12/39");
  await page.getByLabel("Security code (CVC)").fill("123");
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByText("The card was saved.")).toBeVisible();
  expect(await setupSteps(page, accountId)).toEqual(["invite"]);

  await invite(page, accountId, newPerson("colleague").email, "Technician");
  expect(await setupSteps(page, accountId)).toEqual([]);
  await expect(page.getByRole("heading", { name: /Finish setting up/ })).toHaveCount(0);
});

test("a person invited before signing up sees the invitation waiting after verifying, and joins with one button", async ({ page, browser }) => {
  const owner = newPerson("inviter");
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signInAsNewUser(ownerPage, owner);
  const accountName = `Waiting ${owner.name}`;
  const accountId = await createAccountFor(ownerPage, owner, accountName);
  const person = newPerson("invited");
  await invite(ownerPage, accountId, person.email, "Technician");
  await ownerContext.close();

  // Signed up from the sign-up page, not from the invitation's link.
  await fillSignUp(page, person);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await confirmFromMailbox(page, person);
  await expect(page).toHaveURL(/\/user\/accounts\?verified=1$/);
  const waiting = page.getByTestId("waiting-invitation");
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText(`${owner.name} invited you to ${accountName}.`);

  await waiting.getByRole("button", { name: `Join ${accountName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}$`));
  await expect(page.getByTestId("account-name")).toHaveText(accountName);
  // A Technician may neither manage billing nor invite: no setup steps are theirs.
  await expect(page.getByTestId("setup-steps")).toHaveCount(0);

  await page.goto("/user/accounts");
  await expect(page.getByTestId("waiting-invitation")).toHaveCount(0);
  await expect(page.getByTestId("account-row")).toHaveCount(1);
});
