import { expect, type Browser, type Page } from "@playwright/test";
import { addMemberInDatabase, createAccountInDatabase, type BuiltInProfileName } from "./members-in-database";
import { confirmFromMailbox, followEmailLink, newPerson, signInAsNewUser, type Person } from "./people";

/** Creates a client account through the real form and returns its id (the page lands in it). */
export async function createAccountThroughForm(page: Page, legalName: string): Promise<string> {
  await page.goto("/user/accounts/new");
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Address", { exact: true }).fill("Calle Mayor 1");
  await page.getByLabel("Postcode").fill("28013");
  await page.getByLabel("City").fill("Madrid");
  await page.getByLabel("Country").selectOption("ES");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-name")).toHaveText(legalName);
  const id = page.url().match(/\/accounts\/([0-9a-f-]{36})/)?.[1];
  if (!id) throw new Error(`not in an account: ${page.url()}`);
  return id;
}

/**
 * A client account of the signed-in owner, made in the database (the form is under test in
 * accounts.spec.ts only); the page lands in it, as after the form.
 */
export async function createAccountFor(page: Page, owner: Pick<Person, "email">, legalName: string): Promise<string> {
  const id = await createAccountInDatabase(owner, legalName);
  await page.goto(`/accounts/${id}`);
  await expect(page.getByTestId("account-name")).toHaveText(legalName);
  return id;
}

/** Invites an address from the account's users page with a built-in profile. */
export async function invite(page: Page, accountId: string, email: string, profile: string) {
  await page.goto(`/accounts/${accountId}/users`);
  await page.locator("#invite-email").fill(email);
  await page.locator("#invite-profile").selectOption({ label: profile });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`An invitation was sent to ${email}.`)).toBeVisible();
}

/**
 * A new person opens the invitation from their mailbox and signs up from it (the email is
 * fixed); nothing is granted until they follow the verification link sent to the address
 * and set their password there, which lands them in the account.
 */
export async function signUpFromInvitationLink(page: Page, person: Person) {
  await signUpFromInvitationForm(page, person);
  await confirmFromMailbox(page, person);
}

/** The first half of that: the sign-up form behind the invitation link, up to "we sent a link". */
export async function signUpFromInvitationForm(page: Page, person: Person) {
  await followEmailLink(page, person.email, "/invite/");
  await expect(page.getByLabel("Email")).toHaveValue(person.email);
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create my sign-in and accept" }).click();
  await expect(page.getByText(`We sent a link to ${person.email}.`)).toBeVisible();
}

export async function accountNav(page: Page): Promise<string[]> {
  return page.getByRole("navigation", { name: await page.getByTestId("account-name").innerText() }).getByRole("link").allInnerTexts();
}

/**
 * A new person in their own browser, signed in, who is already a member of the account with
 * a built-in profile (made in the database: inviting and accepting are under test in
 * accounts.spec.ts and contacts.spec.ts); their page is on the account's overview.
 */
export async function joinedMember(browser: Browser, accountId: string, label: string, profile: BuiltInProfileName) {
  const person = newPerson(label);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsNewUser(page, person);
  await addMemberInDatabase(accountId, person, profile);
  await page.goto(`/accounts/${accountId}`);
  await expect(page.getByTestId("your-profile")).toHaveText(`You are ${profile} in this account.`);
  return { person, context, page };
}
