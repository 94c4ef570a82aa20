import { expect, test } from "@playwright/test";
import { confirmFromMailbox, fillSignIn, fillSignUp, followEmailLink, newPerson } from "./support/people";

test("a person signs up, is refused before verifying, verifies from the mailbox, signs out and in again", async ({ page }) => {
  const person = newPerson("signup");

  // Wrong fields: a message next to each, typed values kept.
  await fillSignUp(page, { name: "", email: "not-an-email", password: "short" });
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");

  // A common password is refused too.
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue(person.name);

  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(`We sent you a link to ${person.email}`)).toBeVisible();

  // Before verifying: refused, with a way to get a new link.
  await page.goto("/sign-in");
  await fillSignIn(page, person.email, person.password);
  await expect(page.getByRole("alert").filter({ hasText: "confirm" })).toContainText("Please confirm your email address first");
  await page.getByRole("button", { name: "Send me a new link" }).click();
  await expect(page.getByText("we sent it a new link")).toBeVisible();

  // The newest link verifies the address once the password is set there, and signs the person in.
  // A first visit lands on the accounts page (tests/e2e/first-visit.spec.ts follows it further).
  await confirmFromMailbox(page, person);
  await expect(page).toHaveURL(/\/user\/accounts\?verified=1$/);
  await expect(page.getByText("Your email address is confirmed.")).toBeVisible();
  await page.goto("/user");
  await expect(page.getByTestId("profile-name")).toHaveText(person.name);
  await expect(page.getByTestId("profile-email")).toHaveText(person.email);

  // The link works once.
  await followEmailLink(page, person.email, "/verify-email/");
  await expect(page.getByText("This link was already used.")).toBeVisible();

  await page.goto("/user");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await expect(page.getByText("You are signed out.")).toBeVisible();

  await fillSignIn(page, person.email.toUpperCase(), person.password);
  await expect(page).toHaveURL(/\/user\/accounts$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(person.name);
});

test("signing up with a registered email gives the same answer and warns the owner", async ({ page }) => {
  const owner = newPerson("owner");
  await fillSignUp(page, owner);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await fillSignUp(page, { name: "Somebody Else", email: owner.email.toUpperCase(), password: "another-secret-phrase" });
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(`We sent you a link to ${owner.email}`)).toBeVisible();

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(owner.email)}`);
  const subjects = page.getByTestId("mailbox-subject");
  await expect(subjects).toHaveText(["Someone tried to register with your email address", "Confirm your email address"]);
});

test("someone who signed up with another person's address loses it when that person follows the link", async ({ page, browser }) => {
  const owner = newPerson("owner");
  const stranger = { name: "Not The Owner", email: owner.email, password: "stranger-knows-this-1" };
  await fillSignUp(page, stranger);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // The owner finds the link in their mailbox, and confirms with a password of their own.
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await confirmFromMailbox(ownerPage, owner);
  await expect(ownerPage).toHaveURL(/\/user\/accounts\?verified=1$/);

  // The stranger's password opens nothing.
  await page.goto("/sign-in");
  await fillSignIn(page, owner.email, stranger.password);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await ownerContext.close();
});
