import { expect, test, type Page } from "@playwright/test";
import { totpCodeAt } from "../../lib/auth/totp";
import { fillSignIn, newPerson, signOut, signInAsNewUser } from "./support/people";

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("two-factor: turn on, sign in with a code, with a recovery code (once), turn off", async ({ page }) => {
  const person = newPerson("2fa");
  await signInAsNewUser(page, person);

  // Turn on: scan (here: read the key), prove it with a code, get ten recovery codes.
  await page.goto("/user/security");
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = ((await page.getByTestId("manual-key").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "code" })).toContainText("This code is not correct");

  await page.getByLabel("Code from the app").fill(totpCodeAt(secret, Date.now()));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = await page.getByTestId("recovery-codes").locator("li").allTextContents();
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByTestId("two-factor-on")).toContainText("10 recovery codes left.");

  // Sign in: the password alone opens nothing, not even by going to another URL.
  await signOut(page);
  await fillSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.goto("/user/security");
  await expect(page).toHaveURL(/\/sign-in\/two-factor\?callbackUrl=%2Fuser%2Fsecurity/);
  await enterCode(page, "123456");
  await expect(page.getByRole("alert").filter({ hasText: "code" })).toContainText("This code is not correct");
  // The next time step: the step used to turn 2FA on cannot be used again.
  await enterCode(page, totpCodeAt(secret, Date.now() + 30_000));
  await expect(page).toHaveURL(/\/user\/security$/);

  // A recovery code works once.
  await signOut(page);
  await fillSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await enterCode(page, codes[0]!.toLowerCase());
  await expect(page).toHaveURL(/\/user\/accounts$/);
  await page.goto("/user/security");
  await expect(page.getByTestId("two-factor-on")).toContainText("9 recovery codes left.");
  await expect(page.getByTestId("security-event").filter({ hasText: "Signed in with a recovery code" })).toHaveCount(1);

  await signOut(page);
  await fillSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await enterCode(page, codes[0]!);
  await expect(page.getByRole("alert").filter({ hasText: "code" })).toContainText("already used");
  await enterCode(page, codes[1]!);
  await expect(page).toHaveURL(/\/user\/accounts$/);

  // Turn off: password and a code (a recovery code here).
  await page.goto("/user/security");
  await page.locator("#disable-password").fill(person.password);
  await page.locator("#disable-code").fill(codes[2]!);
  await page.getByRole("button", { name: "Turn off two-factor authentication" }).click();
  await expect(page.getByRole("button", { name: "Set up two-factor authentication" })).toBeVisible();

  await signOut(page);
  await fillSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/user\/accounts$/);

  // Sign-outs are on record too.
  await page.goto("/user/security");
  await expect(page.getByTestId("security-event").filter({ hasText: "Signed out" }).first()).toBeVisible();

  // Every step was mailed to the person.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(person.email)}`);
  const subjects = await page.getByTestId("mailbox-message").allTextContents();
  for (const subject of ["Two-factor authentication is on", "A recovery code was used", "Two-factor authentication is off"]) {
    expect(subjects.some((text) => text.includes(subject))).toBe(true);
  }
});
