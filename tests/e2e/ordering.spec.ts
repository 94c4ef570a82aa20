import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { withE2eDatabase } from "./support/e2e-database";
import { addMemberInDatabase, createAccountInDatabase, createVerifiedUser } from "./support/members-in-database";
import { newPerson, signIn, type Person } from "./support/people";

/**
 * Ordering (issue 16): an agency's member orders a domain for a customer as registrant plus a
 * hosting plan and pays with the demo card; a user with no account orders and owns the account
 * the order made; a member without the ordering keys finds no cart. Each test makes its own
 * people and accounts; the demo catalog, panel, registrar and gateway answer as documented.
 */

async function fillNewCard(page: Page) {
  await page.getByLabel("Name on the card").fill("Marta Perez");
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill(`12/${(new Date().getUTCFullYear() + 3) % 100}`);
  await page.getByLabel("Security code (CVC)").fill("123");
}

async function signedIn(page: Page, person: Person) {
  await signIn(page, person);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

function contactInDatabase(accountId: string, contact: { firstName: string; lastName: string; company: string }): Promise<string> {
  return withE2eDatabase(async (db) => (await db.contact.create({ data: { accountId, ...contact, email: `${randomBytes(4).toString("hex")}@customer.example`, country: "ES" } })).id);
}

test("an agency's Technician orders a domain for a customer and a hosting plan, pays by card and finds both active", async ({ page }) => {
  const owner = newPerson("agency-owner");
  await createVerifiedUser(owner);
  const accountId = await createAccountInDatabase(owner, `Agencia ${owner.name}`);
  await contactInDatabase(accountId, { firstName: "Lucía", lastName: "Pérez", company: "Panadería Pérez" });
  const technician = newPerson("agency-tech");
  await createVerifiedUser(technician);
  await addMemberInDatabase(accountId, technician, "Technician");
  const domain = `panaderia-${randomBytes(4).toString("hex")}.es`;

  await signedIn(page, technician);
  await page.goto(`/accounts/${accountId}`);
  await page.getByRole("link", { name: "Order", exact: true }).click();
  await expect(page).toHaveURL(`/accounts/${accountId}/order`);

  await page.getByLabel("Domain name").fill(domain);
  await page.getByRole("button", { name: "Check availability" }).click();
  await expect(page.getByTestId("domain-offer")).toContainText(`${domain} is available.`);
  await page.getByLabel("Registration period").selectOption("2");
  await page.getByLabel("Registrant").selectOption({ label: "Lucía Pérez (Panadería Pérez)" });
  await page.getByRole("button", { name: "Add registration to cart" }).click();
  await expect(page.getByText(`${domain} is in your cart.`)).toBeVisible();

  const plan = page.getByTestId("add-plan-Web Hosting Pro");
  await plan.getByLabel("Billing cycle").selectOption("ANNUAL");
  await plan.getByRole("button", { name: "Add to cart: Web Hosting Pro" }).click();
  await expect(page.getByText("Web Hosting Pro is in your cart.")).toBeVisible();

  await page.getByTestId("cart-link").click();
  await expect(page.getByTestId("cart-item")).toHaveCount(2);
  await expect(page.getByTestId("cart-item").filter({ hasText: domain })).toContainText("Lucía Pérez (Panadería Pérez)");
  await page.getByLabel("Payment", { exact: true }).selectOption("new");
  await fillNewCard(page);
  await page.getByRole("button", { name: /^Place order/ }).click();

  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/orders/[0-9a-f-]{36}$`));
  const states = page.getByTestId("order-item-state");
  await expect(states).toHaveCount(2);
  await expect(states.nth(0)).toHaveText("Active");
  await expect(states.nth(1)).toHaveText("Active");

  await page.getByRole("link", { name: "Open the domain" }).click();
  const row = page.getByTestId("domain-row").filter({ hasText: domain });
  await expect(row).toContainText("Lucía Pérez");

  await page.goBack();
  await page.getByRole("link", { name: "Open the service" }).click();
  await expect(page.getByRole("heading", { name: /Web Hosting Pro/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open control panel" })).toBeVisible();
});

test("a new user with no account orders a plan and owns the account the order created", async ({ page }) => {
  const person = newPerson("first-order");
  await createVerifiedUser(person);
  await signedIn(page, person);
  await page.goto("/user/accounts");
  await page.getByTestId("order-with-new-account").click();
  await expect(page).toHaveURL(/\/user\/order$/);

  const legalName = `Estudio ${person.name}`;
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Address", { exact: true }).fill("Calle Mayor 1");
  await page.getByLabel("Postcode").fill("28013");
  await page.getByLabel("City").fill("Madrid");
  await page.getByLabel("Country").selectOption("ES");
  await page.getByLabel("Plan").selectOption({ index: 0 });
  await page.getByLabel("Payment", { exact: true }).selectOption("new");
  await fillNewCard(page);
  await page.getByRole("button", { name: "Create the account and place the order" }).click();

  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("account-name")).toHaveText(legalName);
  await expect(page.getByTestId("order-item-state")).toHaveText("Active");
  const accountId = page.url().split("/accounts/")[1]!.split("/")[0]!;
  const ownerEmail = await withE2eDatabase(async (db) => (await db.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { owner: { select: { email: true } } } })).owner.email);
  expect(ownerEmail).toBe(person.email);
});

test("a member without an ordering key gets 404 on the cart and sees no Order entry", async ({ page }) => {
  const owner = newPerson("no-order-owner");
  await createVerifiedUser(owner);
  const accountId = await createAccountInDatabase(owner, `Sin pedidos ${owner.name}`);
  const billing = newPerson("no-order-billing");
  await createVerifiedUser(billing);
  await addMemberInDatabase(accountId, billing, "Billing");

  await signedIn(page, billing);
  const response = await page.goto(`/accounts/${accountId}/cart`);
  expect(response?.status()).toBe(404);
  await page.goto(`/accounts/${accountId}`);
  await expect(page.getByTestId("account-name")).toBeVisible();
  await expect(page.getByRole("link", { name: "Order", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Orders", exact: true })).toHaveCount(0);
});
