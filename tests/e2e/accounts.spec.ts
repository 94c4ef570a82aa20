import { expect, test } from "@playwright/test";
import { accountNav, createAccountFor, createAccountThroughForm, invite, joinedMember, signUpFromInvitationForm } from "./support/accounts";
import { confirmFromMailbox, followEmailLink, newPerson, signInAsNewUser } from "./support/people";

test("an owner creates an account; bad input is refused on the fields, nothing is created", async ({ page }) => {
  const owner = newPerson("owner");
  await signInAsNewUser(page, owner);
  await page.goto("/user/accounts/new");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter the legal name.")).toBeVisible();
  await expect(page.getByText("Choose a country from the list.")).toBeVisible();
  await page.goto("/user/accounts");
  await expect(page.getByTestId("account-row")).toHaveCount(0);

  const accountId = await createAccountThroughForm(page, `Empresa ${owner.name}`);
  await expect(page.getByTestId("your-profile")).toHaveText("You are Owner in this account.");
  expect(await accountNav(page)).toEqual(["Overview", "Services", "Domains", "Invoices", "Billing", "Support", "Contacts", "Users", "Emails", "Activity", "Settings", "Order", "Orders"]);

  // With one account, signing in lands in it.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}$`));
});

test("invited members (an existing user as Billing, a new person as Technician) see only their sections; the log shows each step", async ({ page, browser }) => {
  // Three people in three browsers, about 90 steps: more than the usual story.
  test.setTimeout(360_000);
  const owner = newPerson("owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountThroughForm(page, `Agency ${owner.name}`);

  // An existing user, invited as Billing, accepts while signed in.
  const billing = newPerson("billing");
  const billingContext = await browser.newContext();
  const billingPage = await billingContext.newPage();
  await signInAsNewUser(billingPage, billing);
  await invite(page, accountId, billing.email, "Billing");
  await followEmailLink(billingPage, billing.email, "/invite/");
  await billingPage.getByRole("button", { name: "Accept and open the account" }).click();
  await expect(billingPage).toHaveURL(new RegExp(`/accounts/${accountId}$`));
  await expect(billingPage.getByTestId("your-profile")).toHaveText("You are Billing in this account.");
  expect(await accountNav(billingPage)).toEqual(["Overview", "Invoices", "Billing", "Support", "Emails", "Settings"]);
  await billingPage.goto(`/accounts/${accountId}/users`);
  await expect(billingPage.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // A new person, invited as Technician, signs up from the link with the email fixed, and joins once the address is confirmed.
  const technician = newPerson("tech");
  await invite(page, accountId, technician.email, "Technician");
  const techContext = await browser.newContext();
  const techPage = await techContext.newPage();
  await signUpFromInvitationForm(techPage, technician);
  // The link does not prove the mailbox: nothing is granted until the address is confirmed.
  await page.goto(`/accounts/${accountId}/users`);
  await expect(page.getByTestId("member-row")).toHaveCount(2);
  await followEmailLink(techPage, technician.email, "/invite/");
  await expect(techPage.getByText(`Follow the link we sent to ${technician.email}`)).toBeVisible();
  await confirmFromMailbox(techPage, technician);
  await expect(techPage).toHaveURL(new RegExp(`/accounts/${accountId}$`));
  await expect(techPage.getByTestId("your-profile")).toHaveText("You are Technician in this account.");
  const technicianNav = await accountNav(techPage);
  expect(technicianNav).toEqual(expect.arrayContaining(["Services", "Domains", "Support"]));
  expect(technicianNav).not.toContain("Invoices");

  // The link worked once.
  await followEmailLink(techPage, technician.email, "/invite/");
  await expect(techPage.getByText("This invitation was already accepted.")).toBeVisible();

  // The owner sees both members, changes Billing to Technician; it applies on the member's next request.
  await page.goto(`/accounts/${accountId}/users`);
  await expect(page.getByTestId("member-row")).toHaveCount(3);
  const billingRow = page.getByTestId("member-row").filter({ hasText: billing.email });
  await billingRow.getByText("Change profile").click();
  await billingRow.getByRole("combobox", { name: "Profile" }).selectOption({ label: "Technician" });
  await billingRow.getByRole("button", { name: `Save: ${billing.name}` }).click();
  await expect(billingRow.getByTestId("member-profile")).toHaveText("Technician");
  await billingPage.goto(`/accounts/${accountId}`);
  await expect(billingPage.getByTestId("your-profile")).toHaveText("You are Technician in this account.");

  // Every step is in the activity log, as a sentence that says who did what.
  await page.goto(`/accounts/${accountId}/activity`);
  const rows = page.getByTestId("activity-row");
  for (const step of [
    `${owner.name} created the account “Agency ${owner.name}”`,
    `${owner.name} invited ${billing.email} with the profile “Billing”`,
    `${billing.name} accepted the invitation and joined the account`,
    `${owner.name} invited ${technician.email} with the profile “Technician”`,
    `${technician.name} accepted the invitation and joined the account`,
    `${owner.name} changed the access of ${billing.email} from the profile “Billing” to the profile “Technician”`,
  ]) {
    await expect(rows.filter({ hasText: step }), step).toHaveCount(1);
  }
  await page.getByLabel("Kind").selectOption({ label: "Invitation accepted" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(2);

  await billingContext.close();
  await techContext.close();
});

test("an Administrator sees members but may not manage them; a stranger gets 404 for the account", async ({ page, browser }) => {
  const owner = newPerson("owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Hosting ${owner.name}`);

  const { context: adminContext, page: adminPage } = await joinedMember(browser, accountId, "admin", "Administrator");

  await adminPage.goto(`/accounts/${accountId}/users`);
  await expect(adminPage.getByTestId("member-row")).toHaveCount(2);
  await expect(adminPage.getByRole("heading", { name: "Invite someone" })).toHaveCount(0);
  await expect(adminPage.getByRole("button", { name: /^Remove/ })).toHaveCount(0);

  const stranger = newPerson("stranger");
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signInAsNewUser(strangerPage, stranger);
  for (const path of ["", "/users", "/activity", "/settings"]) {
    const response = await strangerPage.goto(`/accounts/${accountId}${path}`);
    expect(response?.status()).toBe(404);
  }
  await adminContext.close();
  await strangerContext.close();
});
