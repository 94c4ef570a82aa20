import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_USERS } from "../../prisma/demo-users";
import { ACCOUNT_SECTIONS } from "../../lib/permissions/account-sections";
import { BUILT_IN_PROFILES } from "../../lib/permissions/built-in-profiles";
import { isPermissionKey, withImplied, type PermissionKey } from "../../lib/permissions/catalog";
import { SIGN_ON_APPS } from "../../lib/services/sign-on-apps";
import { withRecordIds } from "./support/account-pages";
import { fillSignIn } from "./support/people";

/**
 * Every account-area page, over HTTP, for a seeded member of each built-in profile (and the
 * owner): 200 exactly when the profile holds the page's requirement, else 404. Generated from
 * the catalog and ACCOUNT_SECTIONS, so a new page or profile is covered without editing this.
 * Pages of one record ([serviceId]) are requested with a record the owner finds in the list
 * above it (withRecordIds); routes beside the pages (the invoice PDF, the sign-on links) are listed here with
 * their requirement, and the record they need when the first one will not do.
 */
const empresa = DEMO_ACCOUNTS[0]!;
const people = [{ email: empresa.owner, profile: "OWNER" as const }, ...empresa.members];
const ROUTES: { path: string; requirement: PermissionKey; record?: string }[] = [
  { path: "invoices/[invoiceId]/pdf", requirement: "invoices.view" },
  // An active hosting plan has both a control panel and webmail; the route follows on into the demo panel.
  ...Object.entries(SIGN_ON_APPS).map(([segment, { requirement }]) => ({ path: `services/[serviceId]/sign-on/${segment}`, requirement, record: "Web Hosting Pro" })),
];

async function openEmpresa(page: Page, email: string): Promise<string> {
  const demo = DEMO_USERS.find((user) => user.email === email)!;
  await page.goto("/sign-in");
  await fillSignIn(page, demo.email, demo.password);
  await expect(page).toHaveURL(/\/(accounts\/[0-9a-f-]{36}|user\/accounts)$/);
  await page.goto("/user/accounts");
  await page.getByRole("link", { name: empresa.legalName }).click();
  await expect(page.getByTestId("account-name")).toHaveText(empresa.legalName);
  return page.url();
}

let concretePaths: Map<string, string>;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  const accountUrl = await openEmpresa(page, empresa.owner);
  concretePaths = new Map();
  for (const { segment, record } of [...ACCOUNT_SECTIONS.map((s) => ({ segment: s.segment as string, record: undefined })), ...ROUTES.map((r) => ({ segment: r.path, record: r.record }))]) {
    concretePaths.set(segment, await withRecordIds(page.request, accountUrl, segment, record));
  }
  await page.close();
});

for (const person of people) {
  test(`pages of ${empresa.legalName} for ${person.profile}`, async ({ page }) => {
    const accountUrl = await openEmpresa(page, person.email);
    const held = person.profile === "OWNER" ? null : withImplied(BUILT_IN_PROFILES[person.profile]);
    // A list needs every key; { anyOf } (the order pages) needs one of them.
    const holds = (requirement: string | readonly string[] | { readonly anyOf: readonly string[] }) =>
      held === null ||
      (typeof requirement === "object" && "anyOf" in requirement
        ? requirement.anyOf.some((key) => isPermissionKey(key) && held.has(key))
        : [requirement].flat().every((key) => isPermissionKey(key) && held.has(key)));

    for (const { segment, requirement } of [...ACCOUNT_SECTIONS.map((s) => ({ segment: s.segment as string, requirement: s.requirement })), ...ROUTES.map((r) => ({ segment: r.path, requirement: r.requirement }))]) {
      const path = concretePaths.get(segment)!;
      const response = await page.request.get(`${accountUrl}${path ? `/${path}` : ""}`);
      expect(response.status(), `${person.profile} → /${path}`).toBe(holds(requirement) ? 200 : 404);
    }
  });
}
