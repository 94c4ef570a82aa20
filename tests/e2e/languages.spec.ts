import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { languageName } from "../../lib/i18n/config";
import type en from "../../lib/i18n/messages/en.json";
import type enInvoices from "../../lib/i18n/messages/en/invoices.json";
import type enBrand from "../../lib/i18n/messages/en/brand.json";
import { INVOICE_DATE } from "../../lib/invoices/invoice-date";
import { signUpFromInvitationLink } from "./support/accounts";
import { issueInvoiceTo } from "./support/e2e-database";
import { pdfText } from "./support/pdf";
import { newPerson, type Person } from "./support/people";

/**
 * A new person who reads Spanish or German, from the first page on: the language picked
 * signed out, the verification email in it, the profile keeps it, times in the browser's zone,
 * and the new client account's invoices default to it. Invitations go out in the language of
 * the address's user, else the inviter's, and the invoice PDF in the account's document
 * language whoever downloads it. Every text is looked up in the catalog, so the test reads
 * what a person of that language reads.
 */
const messages = (file: string): unknown => JSON.parse(readFileSync(path.join(import.meta.dirname, `../../lib/i18n/messages/${file}.json`), "utf8"));
const catalog = (locale: string) => messages(locale) as typeof en;
const invoiceCatalog = (locale: string) => messages(`${locale}/invoices`) as typeof enInvoices;
const brandCatalog = (locale: string) => messages(`${locale}/brand`) as typeof enBrand;
const [es, de] = [catalog("es"), catalog("de")];

// Each owner invites a user who reads another language, to tell "the user's" from "the inviter's".
const CASES = [
  { locale: "es", messages: es, timeZone: "Europe/Madrid", zoneName: /CET|GMT\+1/, country: "ES", inviteeLocale: "it" },
  { locale: "de", messages: de, timeZone: "Europe/Berlin", zoneName: /MEZ|CET|GMT\+1/, country: "DE", inviteeLocale: "en" },
] as const;

/** Intl puts no-break spaces in money and dates; the PDF writes them as plain spaces. */
const plainSpaces = (text: string) => text.replace(/[\u00A0\u202F]/g, " ");

/** Someone who signed up (not yet verified: the user exists all the same) with the sign-up page in `locale`. */
async function userWhoReads(browser: Browser, locale: string): Promise<Person> {
  const m = catalog(locale);
  const person = newPerson(`reads-${locale}`);
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByRole("button", { name: languageName(locale) }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await page.getByLabel(m.signUp.name).fill(person.name);
  await page.getByLabel(m.signUp.email).fill(person.email);
  await page.getByLabel(m.signUp.password).fill(person.password);
  await page.getByRole("button", { name: m.signUp.submit }).click();
  await expect(page.getByRole("heading", { name: m.signUp.checkEmailTitle })).toBeVisible();
  await context.close();
  return person;
}

/** Invites an address with a built-in profile from the account's users page, in the owner's language. */
async function invite(page: Page, m: typeof en, accountId: string, email: string, profile: keyof typeof en.profiles) {
  await page.goto(`/accounts/${accountId}/users`);
  await page.getByLabel(m.members.invite.email, { exact: true }).fill(email);
  await page.locator("#invite-profile").selectOption({ label: m.profiles[profile] });
  await page.getByRole("button", { name: m.members.invite.submit }).click();
  await expect(page.getByText(m.members.invite.sent.replace("{email}", email))).toBeVisible();
}

/** The subject of the newest invitation in the development mailbox of an address. */
function newestInvitationSubject(page: Page) {
  return page.getByTestId("mailbox-message").filter({ has: page.locator('a[href*="/invite/"]') }).first().getByTestId("mailbox-subject");
}

for (const { locale, messages: m, timeZone, zoneName, country, inviteeLocale } of CASES) {
  test(`in ${languageName(locale)}: picked signed out, kept through sign-up, a new client account, invitations and its invoice PDF`, async ({ browser }) => {
    test.setTimeout(240_000); // three people sign up in this one story
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
    // A first visit lands on the accounts page, in the person's language.
    await expect(page).toHaveURL(/\/user\/accounts\?verified=1$/);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { name: brandCatalog(locale).brand.firstVisit.createTitle })).toBeVisible();
    await page.goto("/user");
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
    const accountId = new URL(page.url()).pathname.split("/")[2]!;

    // Invitations: to a user in that user's language, to a new address in the inviter's.
    const invitationTo = (inLocale: string) => catalog(inLocale).emails.invitation.subject.replace("{accountName}", legalName);
    const reader = await userWhoReads(browser, inviteeLocale);
    const billing = newPerson(`billing-${locale}`);
    await invite(page, m, accountId, reader.email, "TECHNICIAN");
    await invite(page, m, accountId, billing.email, "BILLING");
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(reader.email)}`);
    await expect(newestInvitationSubject(page)).toHaveText(invitationTo(inviteeLocale));
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(billing.email)}`);
    await expect(newestInvitationSubject(page)).toHaveText(invitationTo(locale));
    await context.close();

    // The new address joins with the Billing profile, reading English (its browser's language)…
    const billingContext = await browser.newContext({ locale: "en-US" });
    const billingPage = await billingContext.newPage();
    await signUpFromInvitationLink(billingPage, billing);
    const english = catalog("en");
    await expect(billingPage.getByTestId("your-profile")).toHaveText(english.accountArea.overview.youAre.replace("{profile}", english.profiles.BILLING));

    // …and downloads an invoice whose PDF is in the account's document language all the same.
    const issuedAt = new Date();
    const invoice = await issueInvoiceTo(accountId, [{ description: "Dedicated server", quantity: 1, unitPriceMinor: 1_020_300 }], issuedAt);
    await billingPage.goto(`/accounts/${accountId}/invoices/${invoice.id}`);
    const [download] = await Promise.all([billingPage.waitForEvent("download"), billingPage.getByRole("link", { name: invoiceCatalog("en").invoices.downloadPdf }).click()]);
    const text = await pdfText(download);
    const { invoices: words } = invoiceCatalog(locale);
    const money = (minor: number) => plainSpaces(new Intl.NumberFormat(locale, { style: "currency", currency: invoice.currency }).format(minor / 100));
    const date = (value: Date) => plainSpaces(new Intl.DateTimeFormat(locale, INVOICE_DATE).format(value));
    for (const expected of [words.pdf.title, words.pdf.billTo, words.pdf.issued, words.pdf.due, words.pdf.status.UNPAID, `${words.vat} 21`, invoice.number, legalName]) expect(text).toContain(expected);
    expect(text).toContain(`${words.pdf.total} ${money(invoice.totalMinor)}`);
    expect(text).toContain(`${words.pdf.issued} ${date(issuedAt)}`);
    expect(text).toContain(`${words.pdf.due} ${date(invoice.dueAt)}`);
    // Not the reader's: neither English words nor English formats.
    expect(text).not.toContain(invoiceCatalog("en").invoices.pdf.title);
    expect(text).not.toContain(new Intl.NumberFormat("en", { style: "currency", currency: invoice.currency }).format(invoice.totalMinor / 100));
    await billingContext.close();
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
