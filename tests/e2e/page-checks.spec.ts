import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_USERS } from "../../prisma/demo-users";
import { ACCOUNT_SECTIONS } from "../../lib/permissions/account-sections";
import { withRecordIds } from "./support/account-pages";
import { fillSignIn } from "./support/people";

/**
 * Every page of the permission matrix (and the user area) for the owner, at a 320-pixel phone
 * and a 1280-pixel desktop: no sideways scrolling but a data table's own region (WCAG 1.4.10),
 * a title of its own, one current section in the navigation, the skip link as the first Tab
 * stop, and axe's WCAG 2.2 A and AA rules at zero violations of any impact.
 */
const empresa = DEMO_ACCOUNTS[0]!;
const owner = DEMO_USERS.find((user) => user.email === empresa.owner)!;
const USER_PAGES = ["/user", "/user/security", "/user/accounts", "/user/accounts/new", "/user/notifications"];
const SIZES = { phone: { width: 320, height: 640 }, desktop: { width: 1280, height: 800 } };
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are collected: axe skips the details of passes, the slow part on long pages.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).options({ resultTypes: ["violations"] }).analyze();
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** The page's width beyond the window, and what sticks out (outside a table's scroll region) to say why. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const sticking = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest("[data-table-scroll]"))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, sticking };
  });
}

test(`every page of ${empresa.legalName} and of the user area fits a phone, names itself and passes axe`, async ({ page }) => {
  // 22 pages, each loaded once and checked by axe at both sizes: on two busy cores, minutes.
  test.setTimeout(900_000);
  await page.goto("/sign-in");
  await fillSignIn(page, owner.email, owner.password);
  await expect(page).toHaveURL(/\/(accounts\/[0-9a-f-]{36}|user\/accounts)$/);
  await page.goto("/user/accounts");
  await page.getByRole("link", { name: empresa.legalName }).click();
  await expect(page.getByTestId("account-name")).toHaveText(empresa.legalName);
  const accountUrl = page.url();
  const provider = (await page.getByTestId("provider-name").innerText()).trim();

  const accountPages: string[] = [];
  for (const { segment } of ACCOUNT_SECTIONS) {
    const path = await withRecordIds(page.request, accountUrl, segment);
    accountPages.push(new URL(`${accountUrl}${path ? `/${path}` : ""}`).pathname);
  }

  const titles = new Map<string, string>();
  for (const path of [...accountPages, ...USER_PAGES]) {
    await page.setViewportSize(SIZES.desktop);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // The title may be streamed after the first paint: wait for the one this page gives itself.
    await expect(page, path).toHaveTitle(new RegExp(` · ${provider.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    const title = await page.title();
    if (accountPages.includes(path)) expect.soft(title, path).toContain(` · ${empresa.legalName} · `);
    expect.soft(titles.get(title), `${path} has the title of ${titles.get(title)}: ${title}`).toBeUndefined();
    titles.set(title, path);

    expect.soft(await page.getByRole("navigation").locator('[aria-current="page"]').count(), `${path}: one current section`).toBe(1);
    await page.keyboard.press("Tab");
    const skipLink = page.locator(":focus");
    await expect.soft(skipLink, `${path}: the first Tab stop skips to the content`).toHaveAttribute("href", "#main");
    await expect.soft(skipLink, `${path}: the skip link shows when focused`).toBeVisible();
    await expect.soft(page.locator("main#main"), path).toHaveCount(1);
    expect.soft(await axeViolations(page), `axe at 1280 px on ${path}`).toEqual([]);

    await page.setViewportSize(SIZES.phone);
    const { scrollWidth, innerWidth, sticking } = await overflow(page);
    expect.soft(scrollWidth, `${path} at 320 px is ${scrollWidth} px wide: ${sticking.join("; ")}`).toBeLessThanOrEqual(innerWidth);
    expect.soft(await axeViolations(page), `axe at 320 px on ${path}`).toEqual([]);
  }
});
