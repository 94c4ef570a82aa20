import { expect, test, type Page } from "@playwright/test";
import { DEMO_PANEL_PASSWORD, DEMO_USERS } from "../../prisma/demo-users";
import { signInToEmpresa } from "./support/demo-members";
import { fillSignIn } from "./support/people";

/**
 * Services as the demo members of Empresa, S.A. see them. Tests run in parallel on one
 * seeded database: only the restart test changes a service's state (its VPS M), and the
 * demo panel restarts in a few seconds here (DEMO_PANEL_RESTART_SECONDS in playwright.config.ts).
 */
async function openService(page: Page, accountPath: string, product: string) {
  await page.goto(`${accountPath}/services`);
  await page.getByTestId("service-row").getByRole("link", { name: product, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}/services/[0-9a-f-]{36}$`));
  await expect(page.getByTestId("service-product")).toHaveText(product);
}

test("the Technician restarts a VPS: it shows Restarting, then Running again", async ({ page }) => {
  await signInToEmpresa(page, "luis@example.com");
  await page.getByRole("navigation", { name: "Empresa, S.A." }).getByRole("link", { name: "Services" }).click();
  await expect(page.getByTestId("service-row").first()).toBeVisible();
  await page.getByTestId("service-filter-VPS").click();
  await expect(page).toHaveURL(/\?kind=VPS$/);
  await expect(page.getByTestId("service-row")).toHaveCount(3);
  for (const row of await page.getByTestId("service-row").all()) await expect(row).toContainText("VPS");
  await page.getByTestId("service-row").getByRole("link", { name: "VPS M", exact: true }).click();
  await expect(page.getByTestId("service-product")).toHaveText("VPS M");
  const power = page.getByTestId("power-state");
  await expect(power).toHaveText("Running", { timeout: 15_000 });

  await page.getByRole("button", { name: "Restart" }).click();
  await page.getByRole("dialog", { name: /^Restart .*\?$/ }).getByRole("button", { name: "Restart the server" }).click();
  await expect(power).toHaveText("Restarting");
  // The page refreshes itself once the restart's time is over.
  await expect(power).toHaveText("Running", { timeout: 15_000 });
});

test("the Technician opens the control panel and lands in the demo panel as the service's panel user", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "luis@example.com");
  await openService(page, accountPath, "Web Hosting Pro");
  const username = (await page.getByTestId("service-panel-username").innerText()).trim();
  expect(username).toMatch(/^[a-z0-9]+$/);

  const [linkRequest] = await Promise.all([page.waitForRequest(/\/demo-panel\/sso\//), page.getByRole("link", { name: "Open control panel" }).click()]);
  await expect(page).toHaveURL(/\/demo-panel$/);
  await expect(page.getByTestId("demo-panel-label")).toHaveText("Demo panel");
  await expect(page.getByTestId("demo-panel-username")).toHaveText(username);
  await expect(page.getByTestId("demo-panel-app")).toHaveText("Control panel");

  // The link worked once: going back to it is refused.
  const again = await page.request.get(linkRequest.url(), { maxRedirects: 0 });
  expect(again.status()).toBe(410);
});

test("the demo panel's own login takes the panel password, not a wrong one", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "luis@example.com");
  await openService(page, accountPath, "VPS S");
  const username = (await page.getByTestId("service-panel-username").innerText()).trim();

  await page.goto("/demo-panel");
  await expect(page).toHaveURL(/\/demo-panel\/login$/);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill("not-the-panel-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The username or password is not right." })).toBeVisible();

  await page.getByLabel("Password").fill(DEMO_PANEL_PASSWORD);
  await page.getByLabel("Application").selectOption("WEBMAIL");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/demo-panel$/);
  await expect(page.getByTestId("demo-panel-username")).toHaveText(username);
  await expect(page.getByTestId("demo-panel-app")).toHaveText("Webmail");
});

async function signInAsSara(page: Page): Promise<string> {
  const sara = DEMO_USERS.find((user) => user.email === "sara@example.com")!;
  await page.goto("/sign-in");
  await fillSignIn(page, sara.email, sara.password);
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

test("the Junior technician manages services but finds no control panel or webmail button", async ({ page }) => {
  const accountPath = await signInAsSara(page);
  for (const product of ["Web Hosting Pro", "Email Plus"]) {
    await openService(page, accountPath, product);
    await expect(page.getByRole("button", { name: "Reset password" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Open control panel" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Open webmail" })).toHaveCount(0);
  }
});

/** What a browser sends with a link followed from one of the app's own pages. */
const FROM_OWN_PAGE = { "Sec-Fetch-Site": "same-origin" };

test("the Junior technician who follows the single sign-on links herself gets 404 and no panel link", async ({ page, browser }) => {
  // The Technician's sign-on links, as his page of the service shows them.
  const technician = await browser.newContext();
  const luisPage = await technician.newPage();
  await openService(luisPage, await signInToEmpresa(luisPage, "luis@example.com"), "Web Hosting Pro");
  const links = [await luisPage.getByRole("link", { name: "Open control panel" }).getAttribute("href"), await luisPage.getByRole("link", { name: "Open webmail" }).getAttribute("href")];
  // Followed by the Technician from his page (as the browser says: same-origin), each leads to a one-time panel link: the links are real.
  for (const link of links) expect((await technician.request.get(link!, { maxRedirects: 0, headers: FROM_OWN_PAGE })).headers()["location"]).toMatch(/^\/demo-panel\/sso\//);
  await technician.close();

  await signInAsSara(page);
  for (const link of links) {
    const refused = await page.request.get(link!, { maxRedirects: 0, headers: FROM_OWN_PAGE });
    expect(refused.status(), link!).toBe(404);
    expect(refused.headers()["location"]).toBeUndefined();
  }
});

test("the Billing member gets 404 on the services page", async ({ page }) => {
  const accountPath = await signInToEmpresa(page, "ben@example.com");
  await expect(page.getByRole("navigation", { name: "Empresa, S.A." }).getByRole("link", { name: "Services" })).toHaveCount(0);
  const response = await page.goto(`${accountPath}/services`);
  expect(response?.status()).toBe(404);
});
