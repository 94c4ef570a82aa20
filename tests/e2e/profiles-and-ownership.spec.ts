import { expect, test } from "@playwright/test";
import { accountNav, createAccountFor, joinedMember } from "./support/accounts";
import { followEmailLink, newPerson, signInAsNewUser } from "./support/people";

test("a named profile is made, assigned, changed for everyone who has it, and cannot be deleted while in use", async ({ page, browser }) => {
  const owner = newPerson("owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Profiles ${owner.name}`);
  const { person: member, context: memberContext, page: memberPage } = await joinedMember(browser, accountId, "bookkeeper", "Technician");

  // Create "Bookkeeper": invoices and the email history.
  await page.goto(`/accounts/${accountId}/users`);
  const newProfile = page.getByRole("form", { name: "New profile" });
  await newProfile.getByLabel("Name", { exact: true }).fill("Bookkeeper");
  await newProfile.getByLabel("See and download invoices").check();
  await newProfile.getByLabel("See the emails sent for the account").check();
  await newProfile.getByRole("button", { name: "Create profile" }).click();
  await expect(page.getByTestId("named-profile")).toHaveCount(1);

  // Assign it to the member.
  const row = page.getByTestId("member-row").filter({ hasText: member.email });
  // The row shows the profile; "Change profile" opens the choice.
  await row.getByText("Change profile").click();
  await row.getByRole("combobox", { name: "Profile" }).selectOption({ label: "Bookkeeper" });
  await row.getByRole("button", { name: `Save: ${member.name}` }).click();
  await expect(row.getByTestId("member-profile")).toHaveText("Bookkeeper");
  await memberPage.reload();
  await expect(memberPage.getByTestId("your-profile")).toHaveText("You are Bookkeeper in this account.");
  expect(await accountNav(memberPage)).toEqual(["Overview", "Invoices", "Emails", "Settings"]);

  // Give the profile the activity log: the member has it on the next request.
  const profileForm = page.getByRole("form", { name: "Bookkeeper" });
  await profileForm.getByLabel("See the activity log").check();
  await profileForm.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("form", { name: "Bookkeeper" }).getByText("The profile was saved.")).toBeVisible();
  await memberPage.reload();
  expect(await accountNav(memberPage)).toEqual(["Overview", "Invoices", "Emails", "Activity", "Settings"]);

  // In use: deleting is refused, saying by how many.
  await page.getByRole("button", { name: "Delete: Bookkeeper" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "still in use" })).toContainText("1 member");
  await expect(page.getByTestId("named-profile")).toHaveCount(1);
  await memberContext.close();
});

test("ownership moves only when the member accepts; the old owner becomes Super administrator; the log shows it", async ({ page, browser }) => {
  const owner = newPerson("owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Transfer ${owner.name}`);
  const { person: heir, context: heirContext, page: heirPage } = await joinedMember(browser, accountId, "heir", "Administrator");

  await page.goto(`/accounts/${accountId}/settings`);
  await page.locator("#transfer-member").selectOption({ label: `${heir.name} (${heir.email})` });
  await page.locator("#transfer-password").fill("not-my-password");
  await page.getByRole("button", { name: "Offer ownership" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "password" })).toHaveText("Your current password is not correct.");
  await page.locator("#transfer-password").fill(owner.password);
  await page.getByRole("button", { name: "Offer ownership" }).click();
  await expect(page.getByTestId("pending-transfer")).toContainText(`Waiting for ${heir.name} to accept`);

  // Nothing moved yet: the heir is still Administrator, and the email points to the settings page.
  await followEmailLink(heirPage, heir.email, "/settings");
  await expect(heirPage.getByTestId("owner-name")).toHaveText(`The owner is ${owner.name}.`);
  await heirPage.getByRole("button", { name: "Accept ownership" }).click();
  await expect(heirPage.getByTestId("owner-name")).toHaveText(`The owner is ${heir.name}.`);

  await page.goto(`/accounts/${accountId}`);
  await expect(page.getByTestId("your-profile")).toHaveText("You are Super administrator in this account.");
  await page.goto(`/accounts/${accountId}/activity`);
  await expect(page.getByTestId("activity-row").filter({ hasText: `${owner.name} offered ownership of the account to ${heir.email}` })).toHaveCount(1);
  await expect(page.getByTestId("activity-row").filter({ hasText: `${heir.name} accepted the ownership offer and is now the owner of the account` })).toHaveCount(1);

  // The new owner closes the account: nobody can open it any more.
  await heirPage.goto(`/accounts/${accountId}/settings`);
  await heirPage.getByRole("button", { name: "Close this account" }).click();
  const closing = heirPage.getByRole("dialog", { name: `Close Transfer ${owner.name}?` });
  await closing.getByLabel(`To confirm, type the account's name: Transfer ${owner.name}`).fill(`Transfer ${owner.name}`);
  await closing.locator("#close-password").fill(heir.password);
  await closing.getByRole("button", { name: "Close this account" }).click();
  await expect(heirPage).toHaveURL(/\/user\/accounts$/);
  expect((await page.goto(`/accounts/${accountId}`))?.status()).toBe(404);
  await heirContext.close();
});
