import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export type Person = { name: string; email: string; password: string };

/** A new person with a unique email, so tests never share rows. */
export function newPerson(label = "person"): Person {
  const id = randomBytes(5).toString("hex");
  return { name: `E2E ${label} ${id}`, email: `${label}-${id}@e2e.example`, password: `lilac-meadow-${id}` };
}

export async function fillSignUp(page: Page, person: Partial<Person>) {
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill(person.name ?? "");
  await page.getByLabel("Email").fill(person.email ?? "");
  await page.getByLabel("Password").fill(person.password ?? "");
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens the newest email to `email` with a link to `pathPrefix` in the development mailbox, and follows that link. */
export async function followEmailLink(page: Page, email: string, pathPrefix: string) {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const withLink = page.getByTestId("mailbox-message").filter({ has: page.locator(`a[href*="${pathPrefix}"]`) });
  const link = withLink.first().locator(`a[href*="${pathPrefix}"]`).first();
  await link.click();
}

/** Follows the newest verification link in the mailbox and sets the password on its page, which signs the person in. */
export async function confirmFromMailbox(page: Page, person: Pick<Person, "email" | "password">) {
  await followEmailLink(page, person.email, "/verify-email/");
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
}

/** Signs a new person up through the real forms and confirms their email from the mailbox. */
export async function signUpAndVerify(page: Page, person: Person) {
  await fillSignUp(page, person);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await confirmFromMailbox(page, person);
  await expect(page).toHaveURL(/\/user/);
  await expect(page.getByTestId("profile-email")).toHaveText(person.email);
}

/** Signs in through the real form from a fresh /sign-in. */
export async function signIn(page: Page, person: Pick<Person, "email" | "password">) {
  await page.goto("/sign-in");
  await fillSignIn(page, person.email, person.password);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}
