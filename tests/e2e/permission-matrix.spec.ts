import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_USERS } from "../../prisma/demo-users";
import { ACCOUNT_SECTIONS } from "../../lib/permissions/account-sections";
import { BUILT_IN_PROFILES } from "../../lib/permissions/built-in-profiles";
import { isPermissionKey, withImplied } from "../../lib/permissions/catalog";
import { fillSignIn } from "./support/people";

/**
 * Every account-area page, over HTTP, for a seeded member of each built-in profile (and the
 * owner): 200 exactly when the profile holds the page's requirement, else 404. Generated from
 * the catalog and ACCOUNT_SECTIONS, so a new page or profile is covered without editing this.
 */
const empresa = DEMO_ACCOUNTS[0]!;
const people = [{ email: empresa.owner, profile: "OWNER" as const }, ...empresa.members];

for (const person of people) {
  test(`pages of ${empresa.legalName} for ${person.profile}`, async ({ page }) => {
    const demo = DEMO_USERS.find((user) => user.email === person.email)!;
    await page.goto("/sign-in");
    await fillSignIn(page, demo.email, demo.password);
    await expect(page).toHaveURL(/\/(accounts\/[0-9a-f-]{36}|user\/accounts)$/);
    await page.goto("/user/accounts");
    await page.getByRole("link", { name: empresa.legalName }).click();
    await expect(page.getByTestId("account-name")).toHaveText(empresa.legalName);
    const accountUrl = page.url();

    const held = person.profile === "OWNER" ? null : withImplied(BUILT_IN_PROFILES[person.profile]);
    // Pages that need a record's id ([contactId]) are covered by the integration matrix.
    for (const section of ACCOUNT_SECTIONS.filter((s) => !s.segment.includes("["))) {
      const allowed = held === null || (isPermissionKey(section.requirement) && held.has(section.requirement));
      const response = await page.request.get(`${accountUrl}${section.segment ? `/${section.segment}` : ""}`);
      expect(response.status(), `${person.profile} → /${section.segment}`).toBe(allowed ? 200 : 404);
    }
  });
}
