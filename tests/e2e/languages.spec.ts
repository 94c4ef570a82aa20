import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { languageName } from "../../lib/i18n/config";
import type en from "../../lib/i18n/messages/en.json";
import { newPerson } from "./support/people";

/**
 * A new person who reads Spanish or German, from the first page on: the language picked
 * signed out, the verification email in it, the profile keeps it, times in the browser's zone,
 * and the new client account's invoices default to it. Every text is looked up in the
 * catalog, so the test reads what a person of that language reads.
 */
const catalog = (locale: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, `../../lib/i18n/messages/${locale}.json`), "utf8")) as typeof en;
const [es, de] = [catalog("es"), catalog("de")];

const CASES = [
  { locale: "es", messages: es, timeZone: "Europe/Madrid", zoneName: /CET|GMT\+1/, country: "ES" },
  { locale: "de", messages: de, timeZone: "Europe/Berlin", zoneName: /MEZ|CET|GMT\+1/, country: "DE" },
] as const;

for (const { locale, messages: m, timeZone, zoneName, country } of CASES) {
  test(`in ${languageName(locale)}: picked signed out, kept through sign-up, verification and a new client account`, async ({ browser }) => {
    // A browser that asks for English, in that zone: the picker, not the browser, chooses the language.
    const context = await browser.newContext({ locale: "en-US", timezoneId: timeZone });
    const page = await context.newPage();
    const person = newPerson(`lang-${locale}`);

    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: languageName(locale) }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { name: m.signUp.title })).toBeVisible();

    await page.getByLabel(m.signUp.name).fill(person.name);
    await page.getByLabel(m.signUp.email).fill(person.email);
    await page.getByLabel(m.signUp.password).fill(person.password);
    await page.getByRole("button", { name: m.signUp.submit }).click();
    await expect(page.getByRole("heading", { name: m.signUp.checkEmailTitle })).toBeVisible();

    // The verification email is written in the language the person signed up in.
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(person.email)}`);
    const email = page.getByTestId("mailbox-message").first();
    await expect(email.getByTestId("mailbox-subject")).toHaveText(m.emails.verifyEmail.subject);
    await email.locator('a[href*="/verify-email/"]').first().click();
    await page.getByLabel(m.verifyEmail.password, { exact: true }).fill(person.password);
    await page.getByRole("button", { name: m.verifyEmail.submit }).click();
    await expect(page).toHaveURL(/\/user/);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { name: m.user.title })).toBeVisible();
    await expect(page.getByLabel(m.user.timeZone)).toHaveValue(timeZone);

    // Times are in the person's zone, and say which.
    await page.goto("/user/security");
    await expect(page.getByTestId("session-row")).toContainText(zoneName);

    // A new client account: the form speaks the language, and its invoices default to it.
    await page.goto("/user/accounts/new");
    const legalName = `${person.name} S.L.`;
    await page.getByLabel(m.accounts.form.legalName).fill(legalName);
    await page.getByLabel(m.accounts.form.addressLine1, { exact: true }).fill("Calle Mayor 1");
    await page.getByLabel(m.accounts.form.postcode).fill("28013");
    await page.getByLabel(m.accounts.form.city).fill("Madrid");
    await page.getByLabel(m.accounts.form.country, { exact: true }).selectOption(country);
    await expect(page.getByLabel(m.accounts.form.documentLocale)).toHaveValue(locale);
    await page.getByRole("button", { name: m.accounts.form.submitCreate }).click();
    await expect(page.getByTestId("account-name")).toHaveText(legalName);
    await context.close();
  });
}

test("an unknown language in the cookie falls back to the browser's, with no error", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  await context.addCookies([{ name: "locale", value: "xx-bogus", url: baseURL! }]);
  const page = await context.newPage();
  const response = await page.goto("/sign-in");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await context.close();
});
