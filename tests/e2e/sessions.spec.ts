import { expect, test } from "@playwright/test";
import { newPerson, signIn, signInAsNewUser } from "./support/people";

test("ending another session from /user/security signs that browser out on its next request", async ({ page, browser }) => {
  const person = newPerson("sessions");
  await signInAsNewUser(page, person);

  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, person);
  await expect(laptopPage).toHaveURL(/\/user\/accounts$/);

  await page.goto("/user/security");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "This browser" })).toHaveCount(1);

  await rows.filter({ hasNotText: "This browser" }).getByRole("button", { name: /Sign out/ }).click();
  await expect(rows).toHaveCount(1);

  await laptopPage.reload();
  await expect(laptopPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fuser/);

  // The person still is signed in here, and the end is on record.
  await page.reload();
  await expect(page.getByTestId("security-event").first()).toContainText("A session was signed out");
  await laptop.close();
});

test("signing out all other sessions keeps only this one", async ({ page, browser }) => {
  const person = newPerson("sessions-all");
  await signInAsNewUser(page, person);
  const others = await Promise.all([browser.newContext(), browser.newContext()]);
  const otherPages = await Promise.all(others.map((context) => context.newPage()));
  for (const other of otherPages) {
    await signIn(other, person);
    await expect(other).toHaveURL(/\/user\/accounts$/);
  }

  await page.goto("/user/security");
  await expect(page.getByTestId("session-row")).toHaveCount(3);
  await page.getByRole("button", { name: "Sign out all other sessions" }).click();
  await page.getByRole("dialog", { name: "Sign out all other sessions?" }).getByRole("button", { name: "Sign out all other sessions" }).click();
  await expect(page.getByText("2 other sessions were signed out.")).toBeVisible();
  await expect(page.getByTestId("session-row")).toHaveCount(1);

  for (const other of otherPages) {
    await other.goto("/user/security");
    await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Fuser%2Fsecurity/);
  }
  await Promise.all(others.map((context) => context.close()));
});

test("changing the password needs the current one and ends the other sessions", async ({ page, browser }) => {
  const person = newPerson("change-password");
  await signInAsNewUser(page, person);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, person);
  await expect(otherPage).toHaveURL(/\/user\/accounts$/);

  await page.goto("/user/security");
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill(`${person.password}-2`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "current password" })).toHaveText("Your current password is not correct.");

  await page.getByLabel("Current password").fill(person.password);
  await page.getByLabel("New password").fill(`${person.password}-2`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("1 other session was signed out.")).toBeVisible();

  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await page.reload();
  await expect(page).toHaveURL(/\/user\/security$/);
  await other.close();
});
