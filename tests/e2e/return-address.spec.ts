import { expect, test, type Page } from "@playwright/test";
import { fillSignIn, newPerson, signOut, signInAsNewUser } from "./support/people";

/**
 * Return addresses that pass a naive "starts with one slash" check but that a browser turns
 * into another host: it drops tabs and line breaks from URLs and reads "\" as "/".
 */
const HOSTILE = ["/\t/evil.example/", "/\r/evil.example/", "/\n/evil.example/", "/\\/evil.example/", "/\t\\evil.example/"];

async function expectOnTheApp(page: Page, baseURL: string) {
  await expect(page).toHaveURL((url) => url.origin === new URL(baseURL).origin && /^\/(user|accounts)/.test(url.pathname));
}

test("a hostile return address never leaves the site, before or after signing in", async ({ page, baseURL }) => {
  // Were the browser sent off the site, this answers instead of a DNS failure, and the URL shows it.
  await page.route((url) => url.hostname === "evil.example", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>Left the site</h1>" }));
  const person = newPerson("return");
  await signInAsNewUser(page, person);
  await signOut(page);

  for (const value of HOSTILE) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(value)}`);
    await fillSignIn(page, person.email, person.password);
    await expectOnTheApp(page, baseURL!);

    // Already signed in: the sign-in page redirects on the server straight away.
    const response = await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(value)}`);
    expect(response?.status()).toBeLessThan(400);
    await expectOnTheApp(page, baseURL!);
    await signOut(page);
  }
});

test("a signed-in visitor's return address with line breaks is answered with a redirect home, not an error", async ({ page, baseURL }) => {
  const person = newPerson("return-crlf");
  await signInAsNewUser(page, person);
  const response = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent("/user\r\nSet-Cookie: hijack=1")}`, { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  const location = new URL(response.headers()["location"]!, baseURL);
  expect(location.origin).toBe(new URL(baseURL!).origin);
  expect(response.headers()["set-cookie"] ?? "").not.toContain("hijack");
});
