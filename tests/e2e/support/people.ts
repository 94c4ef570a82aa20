import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { createVerifiedUser } from "./members-in-database";

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

/**
 * A new person who has signed up and confirmed their address (made in the database), signed
 * in through the real form, on their profile page. Stories about the sign-up form itself use
 * fillSignUp and the mailbox instead.
 */
export async function signInAsNewUser(page: Page, person: Person) {
  await createVerifiedUser(person);
  await page.goto("/sign-in");
  await fillSignIn(page, person.email, person.password);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto("/user");
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
