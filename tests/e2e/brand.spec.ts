import { expect, test } from "@playwright/test";
import { fillSignUp, newPerson, signInAsNewUser } from "./support/people";
import { E2E_BRAND } from "./support/brand";

/** The brand set in the e2e server's environment (tests/e2e/support/brand.ts, playwright.config.ts). */
const TEAL = "rgb(15, 118, 110)";

test("the sign-in page wears the provider's logo, name, colour and legal footer", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveTitle(new RegExp(`${E2E_BRAND.BRAND_NAME}$`));
  const mark = page.getByTestId("brand-mark");
  await expect(mark).toHaveText(E2E_BRAND.BRAND_NAME);
  const logo = page.getByTestId("brand-logo");
  await expect(logo).toHaveAttribute("src", E2E_BRAND.BRAND_LOGO);
  // The logo really loads under the CSP (img-src 'self').
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "Sign in" })).toHaveCSS("background-color", TEAL);

  const footer = page.getByTestId("legal-footer");
  await expect(footer).toContainText("Nube Hosting, S.L.");
  await expect(footer).toContainText("Gran Vía 1, 28013 Madrid");
  await expect(footer).toContainText(`Tax ID: ${E2E_BRAND.PROVIDER_TAX_ID}`);
  await expect(footer.getByRole("link", { name: `Support: ${E2E_BRAND.PROVIDER_SUPPORT_EMAIL}` })).toHaveAttribute("href", `mailto:${E2E_BRAND.PROVIDER_SUPPORT_EMAIL}`);
  await expect(footer.getByRole("link", { name: `Phone: ${E2E_BRAND.PROVIDER_SUPPORT_PHONE}` })).toHaveAttribute("href", "tel:+34910000000");
});

test("the signed-in header carries the provider's name and logo, the footer its legal details", async ({ page }) => {
  const person = newPerson("brand");
  await signInAsNewUser(page, person);
  const header = page.getByRole("banner");
  await expect(header.getByTestId("brand-mark")).toHaveText(E2E_BRAND.BRAND_NAME);
  await expect(header.getByTestId("brand-logo")).toHaveAttribute("src", E2E_BRAND.BRAND_LOGO);
  await expect(page.getByTestId("legal-footer")).toContainText(`Tax ID: ${E2E_BRAND.PROVIDER_TAX_ID}`);
  await expect(page).toHaveTitle(new RegExp(` · ${E2E_BRAND.BRAND_NAME}$`));
});

test("the development mailbox shows an email's HTML, branded and in a sandbox that runs no script, beside its text", async ({ page }) => {
  const person = newPerson("mailbox");
  await fillSignUp(page, person);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(person.email)}`);
  const message = page.getByTestId("mailbox-message").first();
  await expect(message.getByRole("heading", { name: "Plain text version" })).toBeVisible();
  await message.getByText("HTML version").click();

  const frame = message.locator("iframe");
  await expect(frame).toHaveAttribute("sandbox", "");
  const html = frame.contentFrame();
  await expect(html.locator("html")).toHaveAttribute("lang", "en");
  await expect(html.getByText(E2E_BRAND.BRAND_NAME, { exact: true })).toBeVisible();
  await expect(html.getByRole("link", { name: "Confirm my email" })).toBeVisible();
  await expect(html.getByText(`Tax ID: ${E2E_BRAND.PROVIDER_TAX_ID}`)).toBeVisible();
  // An opaque origin: the app's page cannot reach into the frame, nor the frame into the app.
  expect(await frame.evaluate((node: HTMLIFrameElement) => node.contentDocument === null)).toBe(true);
});
