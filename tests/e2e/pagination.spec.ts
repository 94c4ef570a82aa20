import { expect, test } from "@playwright/test";
import { createAccountThroughForm } from "./support/accounts";
import { membersInDatabase, servicesInDatabase } from "./support/lists-in-database";
import { newPerson, signInAsNewUser } from "./support/people";

/**
 * A long list in pages: an owner with 61 services sees 50, follows "Next page" to the rest
 * and "First page" back, and finds the one service by its name (a typed % taken literally),
 * all through plain links and a GET form.
 */
test("the services list comes in pages of 50, and the search finds the one service", async ({ page }) => {
  await signInAsNewUser(page, newPerson("pager"));
  const accountId = await createAccountThroughForm(page, `Pager ${Date.now()}, S.L.`);
  await servicesInDatabase(accountId, 60, ["Backup 100% uptime"]);

  await page.goto(`/accounts/${accountId}/services`);
  const rows = page.getByTestId("service-row");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("Backup 100% uptime");
  await expect(rows.last()).toContainText("Plan 048");
  const pager = page.getByTestId("service-pager");
  await expect(pager.getByRole("link", { name: "First page" })).toHaveCount(0);

  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]cursor=[A-Za-z0-9_-]+/);
  await expect(rows).toHaveCount(11);
  await expect(rows.first()).toContainText("Plan 049");
  await expect(rows.last()).toContainText("Plan 059");
  await expect(pager.getByRole("link", { name: "Next page" })).toHaveCount(0);

  await pager.getByRole("link", { name: "First page" }).click();
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("Backup 100% uptime");

  await page.getByRole("searchbox", { name: "Search by product or domain" }).fill("100%");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=100%25/);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Backup 100% uptime");

  await page.getByRole("searchbox", { name: "Search by product or domain" }).fill("Plan 05");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(rows).toHaveCount(10);
  await expect(page.getByTestId("service-pager")).toHaveCount(0);

  await page.getByRole("searchbox", { name: "Search by product or domain" }).fill("nothing like this");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No service matches “nothing like this”.")).toBeVisible();
});

test("the users page shows members 25 at a time after the owner, and finds one by email", async ({ page }) => {
  const owner = newPerson("crew-owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountThroughForm(page, `Crew ${Date.now()}, S.L.`);
  const tag = await membersInDatabase(accountId, 30);

  await page.goto(`/accounts/${accountId}/users`);
  const rows = page.getByTestId("member-row");
  await expect(rows).toHaveCount(26);
  await expect(rows.first()).toContainText(owner.email);
  await expect(rows.nth(1)).toContainText("Crew 000");
  await expect(rows.last()).toContainText("Crew 024");

  await page.getByTestId("member-pager").getByRole("link", { name: "Next page" }).click();
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText("Crew 025");
  await expect(page.getByTestId("member-pager").getByRole("link", { name: "Next page" })).toHaveCount(0);

  await page.getByRole("searchbox", { name: "Search members and invitations by name or email" }).fill(`CREW-017-${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Crew 017");
  await expect(page.getByTestId("member-pager")).toHaveCount(0);
});
