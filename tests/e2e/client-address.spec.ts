import { expect, test } from "@playwright/test";
import { fillSignIn, newPerson, signOut, signInAsNewUser } from "./support/people";

// The app is reached directly here (no proxy, TRUSTED_PROXY_HOPS unset), as with the README's `npm start`.
test("a forged X-Forwarded-For is not taken for the client's address", async ({ page, context }) => {
  const person = newPerson("forged-ip");
  await signInAsNewUser(page, person);
  await signOut(page);

  await context.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.99", "X-Real-IP": "203.0.113.99" });
  await page.goto("/sign-in");
  await fillSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/user/);

  await page.goto("/user/security");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(1);
  // The socket's address: loopback, as this browser runs on the same machine.
  await expect(rows.first()).toContainText(/127\.0\.0\.1|::1/);
  await expect(page.getByText("203.0.113.99")).toHaveCount(0);
});
