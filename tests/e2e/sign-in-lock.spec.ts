import { expect, test } from "@playwright/test";
import { fillSignIn, newPerson, signInAsNewUser } from "./support/people";

test("after 5 wrong passwords the address is locked, and even the right password is refused", async ({ page, browser }) => {
  const person = newPerson("lock");
  await signInAsNewUser(page, person);

  const attacker = await browser.newPage();
  await attacker.goto("/sign-in");
  const alert = attacker.getByRole("alert").filter({ hasText: /Wrong|Too many/ });
  for (let attempt = 1; attempt <= 4; attempt++) {
    await fillSignIn(attacker, person.email, `wrong-password-${attempt}`);
    await expect(alert).toHaveText("Wrong email or password.");
    await attacker.reload();
  }
  await fillSignIn(attacker, person.email, "wrong-password-5");
  await expect(alert).toContainText("Too many attempts");
  await expect(alert).toContainText("15 minutes");

  await attacker.reload();
  await fillSignIn(attacker, person.email, person.password);
  await expect(alert).toContainText("Too many attempts");
  await expect(attacker).toHaveURL(/\/sign-in/);

  // The owner sees what happened.
  await page.goto("/user/security");
  await expect(page.getByTestId("security-event").filter({ hasText: "Sign-in paused after too many failures" })).toHaveCount(1);
  await expect(page.getByTestId("security-event").filter({ hasText: "Failed sign-in" })).toHaveCount(5);
  await attacker.close();
});
