import { expect, test, type Page } from "@playwright/test";
import { createAccountFor, invite, joinedMember, signUpFromInvitationLink } from "./support/accounts";
import { newPerson, signInAsNewUser } from "./support/people";

type ContactInput = { firstName: string; lastName: string; email: string; general?: boolean };

async function createContact(page: Page, accountId: string, contact: ContactInput) {
  await page.goto(`/accounts/${accountId}/contacts/new`);
  await page.getByLabel("First name").fill(contact.firstName);
  await page.getByLabel("Last name").fill(contact.lastName);
  await page.getByLabel("Email", { exact: true }).fill(contact.email);
  await page.getByLabel("Country").selectOption("ES");
  if (contact.general === false) await page.getByLabel("General").uncheck();
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/contacts$`));
}

test("a contact is created, edited and deleted, with field errors on the way", async ({ page }) => {
  const owner = newPerson("owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Contacts ${owner.name}`);

  await page.goto(`/accounts/${accountId}/contacts/new`);
  await page.getByLabel("Phone").fill("call me");
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page.getByText("Enter the first name.")).toBeVisible();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Choose a country from the list.")).toBeVisible();
  await expect(page.getByText("Enter a phone number with 6 to 15 digits")).toBeVisible();
  await expect(page.getByLabel("Phone")).toHaveValue("call me");

  await page.getByLabel("First name").fill("Lucia");
  await page.getByLabel("Last name").fill("Garcia");
  await page.getByLabel("Email", { exact: true }).fill("Lucia.Garcia@Example.TEST");
  await page.getByLabel("Phone").fill("+34 912 345 678");
  await page.getByLabel("Country").selectOption("ES");
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
  await expect(page.getByTestId("contact-row")).toContainText("lucia.garcia@example.test");

  // One address once per account.
  await page.goto(`/accounts/${accountId}/contacts/new`);
  await page.getByLabel("First name").fill("Lucia");
  await page.getByLabel("Last name").fill("Again");
  await page.getByLabel("Email", { exact: true }).fill("lucia.garcia@example.test");
  await page.getByLabel("Country").selectOption("PT");
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "already has a contact" })).toBeVisible();

  // Search, then edit.
  await page.goto(`/accounts/${accountId}/contacts`);
  await createContact(page, accountId, { firstName: "Other", lastName: "Person", email: "other@example.test" });
  await expect(page.getByTestId("contact-row")).toHaveCount(2);
  await page.getByLabel("Search by name, company or email").fill("garcia");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
  await page.getByRole("link", { name: "Lucia Garcia" }).click();
  await expect(page.getByTestId("contact-name")).toHaveText("Lucia Garcia");
  await page.getByLabel("Company").fill("Garcia Asesores");
  await expect(page.getByLabel("Company")).toHaveValue("Garcia Asesores");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByText("The contact was saved.")).toBeVisible();
  await page.goto(`/accounts/${accountId}/contacts`);
  await expect(page.getByTestId("contact-row").filter({ hasText: "Lucia Garcia" })).toContainText("Garcia Asesores");

  // Delete.
  await page.getByRole("link", { name: "Lucia Garcia" }).click();
  await page.getByRole("button", { name: "Delete contact" }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/contacts$`));
  await expect(page.getByTestId("contact-row").filter({ hasText: "Lucia Garcia" })).toHaveCount(0);
});

test("a contact is activated as sub-account and becomes a member through the mailbox", async ({ page, browser }) => {
  const owner = newPerson("owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Activate ${owner.name}`);
  const bookkeeper = newPerson("bookkeeper");
  await createContact(page, accountId, { firstName: "Book", lastName: "Keeper", email: bookkeeper.email });

  await page.getByRole("link", { name: "Book Keeper" }).click();
  await expect(page.getByTestId("contact-name")).toHaveText("Book Keeper");
  await page.locator("#activate-profile").selectOption({ label: "Billing" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`An invitation was sent to ${bookkeeper.email}.`)).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpFromInvitationLink(otherPage, bookkeeper);
  await expect(otherPage.getByTestId("your-profile")).toHaveText("You are Billing in this account.");

  await page.reload();
  await expect(page.getByTestId("contact-member")).toHaveText(`This contact is the member ${bookkeeper.name}.`);
  await other.close();
});

test("an account email reaches exactly the owner, the members who want it and may see it, and the contacts who want it", async ({ page, browser }) => {
  const owner = newPerson("owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Emails ${owner.name}`);

  // A Billing member who turns general emails off.
  const { context: billingContext, page: billingPage } = await joinedMember(browser, accountId, "billing", "Billing");
  await billingPage.goto("/user/notifications");
  const form = billingPage.getByRole("form", { name: `Emails ${owner.name}` });
  await form.getByLabel("General").uncheck();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();

  // Two contacts: one wants general emails, one does not.
  const wants = newPerson("wants");
  const declines = newPerson("declines");
  await createContact(page, accountId, { firstName: "Wants", lastName: "News", email: wants.email });
  await createContact(page, accountId, { firstName: "Declines", lastName: "News", email: declines.email, general: false });

  // A new member joins: a general account email.
  const tech = newPerson("tech");
  await invite(page, accountId, tech.email, "Technician");
  const techContext = await browser.newContext();
  const techPage = await techContext.newPage();
  await signUpFromInvitationLink(techPage, tech);
  await expect(techPage.getByTestId("your-profile")).toHaveText("You are Technician in this account.");

  await page.goto(`/accounts/${accountId}/emails`);
  const joined = page.getByTestId("account-email").filter({ hasText: "A new member joined" }).first();
  const recipients = (await joined.getByTestId("email-recipient").allInnerTexts()).map((text) => text.split(" — ")[0]).sort();
  expect(recipients).toEqual([owner.email, wants.email].sort());

  // The message itself is there, with its unsubscribe link.
  await joined.getByText("Show the message").click();
  await expect(joined).toContainText(`${tech.name} accepted the invitation`);
  await expect(joined).toContainText("Stop receiving these emails: [link sent only to the recipient]");
  await expect(joined).not.toContainText("/unsubscribe/");

  // The Billing member may read the history (emails.view), but not the invitation's link.
  await billingPage.goto(`/accounts/${accountId}/emails`);
  const invitation = billingPage.getByTestId("account-email").filter({ hasText: `You are invited to Emails ${owner.name}` }).first();
  await invitation.getByText("Show the message").click();
  await expect(invitation).toContainText("See the invitation: [link sent only to the recipient]");
  await expect(invitation).not.toContainText("/invite/");
  await billingContext.close();
  await techContext.close();
});
