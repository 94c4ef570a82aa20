import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-users";
import { ACCOUNT_SECTIONS } from "../../lib/permissions/account-sections";
import { PSEUDO_LOCALE } from "../../lib/i18n/pseudo";
import { LOCALE_COOKIE } from "../../lib/i18n/config";
import { withRecordIds } from "./support/account-pages";
import { fillSignIn } from "./support/people";
import { pseudoLocaleMember, wordsOfAccountData } from "./support/members-in-database";
import { intlWords, untranslatedTexts } from "./support/untranslated-text";
import { visibleTexts } from "./support/visible-text";
import { brandWords } from "./support/brand";

/**
 * Every page in the tests' pseudo-language (lib/i18n/pseudo.ts, served because the e2e server
 * runs with PSEUDO_LOCALE=on): a word on a page that is neither catalog text nor data fails,
 * naming the page and the text. This is what keeps a string written straight into a
 * component from landing in four languages at once.
 */
const PUBLIC_PAGES = ["/", "/sign-in", "/sign-up", "/forgot-password", "/sign-in/two-factor", "/invite/not-a-token", "/reset-password/not-a-token", "/verify-email/not-a-token", "/unsubscribe/not-a-token", "/demo-panel/login", "/no-such-page"];
const USER_PAGES = ["/user", "/user/security", "/user/accounts", "/user/accounts/new", "/user/notifications", "/no-such-page"];
const empresa = DEMO_ACCOUNTS[0]!;

async function expectOnlyCatalogText(page: Page, path: string, allowed: ReadonlySet<string>) {
  const response = await page.goto(path);
  expect([200, 404], `${path} answers`).toContain(response?.status());
  await expect(page.locator("html")).toHaveAttribute("lang", PSEUDO_LOCALE);
  const offending = untranslatedTexts(await visibleTexts(page), allowed);
  expect.soft(offending, `text on ${path} that is not from the catalog`).toEqual([]);
}

test("every public page, signed out, speaks only the catalog", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.addCookies([{ name: LOCALE_COOKIE, value: PSEUDO_LOCALE, url: baseURL! }]);
  const page = await context.newPage();
  const allowed = new Set([...intlWords(["UTC"]), ...brandWords()]);
  for (const path of PUBLIC_PAGES) await expectOnlyCatalogText(page, path, allowed);
  await context.close();
});

test(`every page of the user area and of ${empresa.legalName} speaks only the catalog`, async ({ page }) => {
  test.setTimeout(300_000);
  const reader = await pseudoLocaleMember(empresa.legalName);
  await page.goto("/sign-in");
  await fillSignIn(page, reader.email, reader.password);
  await expect(page.locator("html")).toHaveAttribute("lang", PSEUDO_LOCALE);

  const intl = intlWords([reader.timeZone, "UTC"]);
  const data = await wordsOfAccountData(reader.accountId, reader.id);
  const allowed = new Set([...intl, ...data, ...brandWords()]);
  for (const path of USER_PAGES) await expectOnlyCatalogText(page, path, allowed);

  const accountUrl = `/accounts/${reader.accountId}`;
  const withEmails = new Set([...allowed, ...(await wordsOfAccountData(reader.accountId, reader.id, { emails: true }))]);
  for (const { segment } of ACCOUNT_SECTIONS) {
    const path = await withRecordIds(page.request, new URL(accountUrl, page.url()).href, segment);
    await expectOnlyCatalogText(page, `${accountUrl}${path ? `/${path}` : ""}`, segment === "emails" ? withEmails : allowed);
  }
});
