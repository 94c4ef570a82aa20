import { expect, test, type APIResponse, type Response } from "@playwright/test";
import { newPerson, signInAsNewUser } from "./support/people";

type HeaderSource = Pick<APIResponse | Response, "headers">;

function expectSecurityHeaders(response: HeaderSource) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The e2e server is a production build.
  expect(headers["strict-transport-security"]).toContain("max-age=");
}

test("a page carries the security headers, with a fresh nonce each time", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  expectSecurityHeaders(first);
  const nonce = (response: APIResponse) => response.headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce(first)).not.toBe(nonce(second));
  // Next.js put the nonce on its scripts, so they run under the policy.
  expect(await first.text()).toContain(`nonce="${nonce(first)}"`);
});

test("a server action's response carries them too, and the session cookie is locked down", async ({ page }) => {
  const person = newPerson("headers");
  await signInAsNewUser(page, person);

  await page.goto("/user");
  const actionResponse = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Save" }).click();
  expectSecurityHeaders(await actionResponse);

  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
  expect(cookie!.name).toBe("__Secure-next-auth.session-token");
});
