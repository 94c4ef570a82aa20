import { expect, test } from "@playwright/test";
import { fillSignIn, newPerson, signInAsNewUser } from "./support/people";

test("a wrong password and an unknown email get the same message", async ({ page, browser }) => {
  const person = newPerson("signin");
  await signInAsNewUser(page, person);

  const stranger = await browser.newPage();
  await stranger.goto("/sign-in");
  await fillSignIn(stranger, person.email, "not-the-right-password");
  await expect(stranger.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");

  await stranger.reload();
  await fillSignIn(stranger, `nobody-${person.email}`, "not-the-right-password");
  await expect(stranger.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");
  await stranger.close();
});

test("a protected page sends a signed-out visitor to sign in and back afterwards", async ({ page }) => {
  const person = newPerson("redirect");
  await signInAsNewUser(page, person);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto("/user?from=e2e");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fuser%3Ffrom%3De2e/);
  await expect(page.getByText("Sign in to continue to that page.")).toBeVisible();

  await fillSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/user\?from=e2e$/);
  await expect(page.getByTestId("profile-email")).toHaveText(person.email);
});

test("a signed-in person edits their name", async ({ page }) => {
  const person = newPerson("profile");
  await signInAsNewUser(page, person);

  await page.getByLabel("Name", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill("Renamed Person");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your profile was saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("profile-name")).toHaveText("Renamed Person");
  await expect(page.getByTestId("signed-in-as")).toHaveText("Renamed Person");
});
