import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../../../prisma/demo-users";
import { fillSignIn } from "./people";

/**
 * Signs in a demo member who belongs to Empresa, S.A. alone (so signing in lands in it) and
 * returns the account's path.
 */
export async function signInToEmpresa(page: Page, email: "ana@example.com" | "luis@example.com" | "ben@example.com"): Promise<string> {
  const demo = DEMO_USERS.find((user) => user.email === email)!;
  await page.goto("/sign-in");
  await fillSignIn(page, demo.email, demo.password);
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("account-name")).toHaveText("Empresa, S.A.");
  return new URL(page.url()).pathname;
}
