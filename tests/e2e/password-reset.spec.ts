import { expect, test } from "@playwright/test";
import { fillSignIn, followEmailLink, newPerson, signInAsNewUser } from "./support/people";

async function requestReset(page: import("@playwright/test").Page, email: string): Promise<string> {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  const answer = page.getByRole("status").filter({ hasText: "has an account" });
  await expect(answer).toBeVisible();
  return (await answer.textContent()) ?? "";
}

test("a forgotten password is reset from the emailed link; the old password and every other session stop working", async ({ page, browser }) => {
  const person = newPerson("reset");
  await signInAsNewUser(page, person);

  // Another browser, where the person forgot the password.
  const other = await browser.newContext();
  const resetPage = await other.newPage();
  await requestReset(resetPage, person.email);
  await followEmailLink(resetPage, person.email, "/reset-password/");
  await expect(resetPage.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const resetUrl = resetPage.url();

  // A weak password is refused on the field, and the link still works afterwards.
  await resetPage.getByLabel("New password").fill("short");
  await resetPage.getByRole("button", { name: "Set the new password" }).click();
  await expect(resetPage.getByText("Use at least 10 characters.")).toBeVisible();

  const newPassword = `${person.password}-renewed`;
  await resetPage.getByLabel("New password").fill(newPassword);
  await resetPage.getByRole("button", { name: "Set the new password" }).click();
  await expect(resetPage).toHaveURL(/\/sign-in\?passwordReset=1/);
  await expect(resetPage.getByText("Your password was changed.")).toBeVisible();

  // The old password is refused, the new one works.
  await fillSignIn(resetPage, person.email, person.password);
  await expect(resetPage.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");
  await fillSignIn(resetPage, person.email, newPassword);
  await expect(resetPage).toHaveURL(/\/user\/accounts$/);

  // The session that was open before the reset is over on its next request.
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fuser/);

  // The link worked once.
  await resetPage.goto(resetUrl);
  await expect(resetPage.getByRole("alert").filter({ hasText: "link" })).toHaveText("This link was already used.");
  await expect(resetPage.getByRole("link", { name: "Ask for a new link" })).toBeVisible();

  // And the person was told by email.
  await resetPage.goto(`/dev/mailbox?to=${encodeURIComponent(person.email)}`);
  await expect(resetPage.getByTestId("mailbox-message").first()).toContainText("Your password was changed");
  await other.close();
});

test("asking for a reset answers the same for an unknown email", async ({ page }) => {
  const person = newPerson("reset-same");
  await signInAsNewUser(page, person);
  await page.context().clearCookies();

  const known = await requestReset(page, person.email);
  const unknownEmail = `nobody-${person.email}`;
  const unknown = await requestReset(page, unknownEmail);
  expect(unknown.replace(unknownEmail, "EMAIL")).toBe(known.replace(person.email, "EMAIL"));

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(unknownEmail)}`);
  await expect(page.getByTestId("mailbox-message")).toHaveCount(0);
});

test("an unknown reset link says so and offers a new one", async ({ page }) => {
  await page.goto("/reset-password/not-a-real-token");
  await expect(page.getByRole("alert").filter({ hasText: "link" })).toContainText("This link is not valid.");
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});
