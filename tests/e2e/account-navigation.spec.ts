import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_USERS } from "../../prisma/demo-users";
import { fillSignIn } from "./support/people";

/**
 * The account area's navigation on a phone (a button that opens the sections) and the account
 * switcher (it moves only when a link is chosen, and keeps the section where it can).
 */
const [empresa, personal] = DEMO_ACCOUNTS;

async function signInAndOpen(page: Page, email: string, legalName: string): Promise<string> {
  const demo = DEMO_USERS.find((user) => user.email === email)!;
  await page.goto("/sign-in");
  await fillSignIn(page, demo.email, demo.password);
  await expect(page).toHaveURL(/\/(accounts\/[0-9a-f-]{36}|user\/accounts)$/);
  await page.goto("/user/accounts");
  await page.getByRole("link", { name: legalName }).click();
  await expect(page.getByTestId("account-name")).toHaveText(legalName);
  return new URL(page.url()).pathname;
}

/** The switcher's button and the list it controls. */
async function switcher(page: Page) {
  const button = page.getByRole("button", { name: "Switch account" });
  const list = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
  return { button, list };
}

test("on a phone the sections open from a button, by keyboard too, and the current one is marked", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const account = await signInAndOpen(page, empresa!.owner, empresa!.legalName);
  await page.goto(`${account}/invoices`);
  const nav = page.getByRole("navigation", { name: empresa!.legalName });
  const menu = nav.getByRole("button", { name: "Section: Invoices" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Support" })).toBeHidden();

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Invoices" })).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Overview" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Support" })).toBeHidden();
  await expect(menu).toBeFocused();

  await page.keyboard.press("Enter");
  await nav.getByRole("link", { name: "Support" }).click();
  await expect(page).toHaveURL(new RegExp(`${account}/support$`));
  await expect(nav.getByRole("button", { name: "Section: Support" })).toHaveAttribute("aria-expanded", "false");

  // The header's links fold behind their own button, so Sign out is one tap away and not off-screen.
  const header = page.getByRole("banner");
  await expect(header.getByRole("button", { name: "Sign out" })).toBeHidden();
  await header.getByRole("button", { name: "Menu" }).click();
  await expect(header.getByRole("button", { name: "Sign out" })).toBeInViewport();
});

test("the switcher moves only on a chosen link and keeps the section when the other account has it", async ({ page }) => {
  const account = await signInAndOpen(page, empresa!.owner, empresa!.legalName);
  await page.goto(`${account}/invoices`);
  const { button, list } = await switcher(page);
  await button.focus();
  // Arrow keys on the closed button move nowhere (WCAG 3.2.2): the page stays, the list stays shut.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(list).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${account}/invoices$`));

  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await list.getByRole("link", { name: personal!.legalName }).click();
  await expect(page.getByTestId("account-name")).toHaveText(personal!.legalName);
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}\/invoices$/);
  await expect(page.getByRole("navigation", { name: personal!.legalName }).getByRole("link", { name: "Invoices" })).toHaveAttribute("aria-current", "page");
});

test("a section the person may not open in the other account leads to its overview", async ({ page }) => {
  // Tom is Super administrator at Empresa, S.A. and Technician (no invoices) at Marta Perez.
  const account = await signInAndOpen(page, "tom@example.com", empresa!.legalName);
  for (const [section, expected] of [
    ["invoices", ""],
    ["services", "/services"],
  ] as const) {
    await page.goto(`${account}/${section}`);
    const { button, list } = await switcher(page);
    await button.click();
    await list.getByRole("link", { name: personal!.legalName }).click();
    await expect(page.getByTestId("account-name")).toHaveText(personal!.legalName);
    await expect(page).toHaveURL(new RegExp(`/accounts/[0-9a-f-]{36}${expected}$`));
  }
});
