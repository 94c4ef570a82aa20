import { expect, test, type Locator, type Page } from "@playwright/test";
import { savedCardInDatabase } from "./support/cards-in-database";
import { issueInvoiceTo } from "./support/e2e-database";
import { createAccountInDatabase, createVerifiedUser } from "./support/members-in-database";
import { newPerson } from "./support/people";

/**
 * The client area with the keyboard alone: no click, no fill, no hover. Tab and Shift+Tab to
 * move, typing, Enter to submit or follow a link. After each submit the focus is on what
 * happened: the error summary, or the success message.
 */

/** Presses Tab until `target` has focus (a keyboard user's way to a field), at most `limit` times. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${target} was not reached with ${limit} presses of Tab`);
}

/** Replaces what is in the focused field, by keyboard. */
async function retype(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

/** Every aria-describedby on the page names elements that exist. */
async function describedByTargetsExist(page: Page) {
  const missing = await page.evaluate(() =>
    [...document.querySelectorAll("[aria-describedby]")].flatMap((element) => element.getAttribute("aria-describedby")!.split(/\s+/).filter((id) => id && !document.getElementById(id))),
  );
  expect(missing).toEqual([]);
}

test("sign in, invite a member, pay an invoice and open a ticket with the keyboard alone", async ({ page }) => {
  const person = newPerson("keyboard");
  await createVerifiedUser(person);
  const legalName = `Keyboard ${person.name}`;
  const accountId = await createAccountInDatabase(person, legalName);
  const card = await savedCardInDatabase(accountId, { holderName: person.name, makeDefault: true });
  const invoice = await issueInvoiceTo(accountId, [{ description: "Web Hosting Pro", quantity: 1, unitPriceMinor: 1_200 }]);

  // Sign in: a wrong password first. The summary takes focus; the email stays typed.
  await page.goto("/sign-in");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(person.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type("not-the-password");
  await page.keyboard.press("Enter");
  const signInFeedback = page.getByTestId("form-feedback");
  await expect(signInFeedback).toBeFocused();
  await expect(signInFeedback).toContainText("There is a problem");
  await expect(page.getByLabel("Email")).toHaveValue(person.email);
  await tabTo(page, page.getByLabel("Password"));
  await retype(page, person.password);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/sign-in/);

  // Invite a member: the invitation form is the first thing on the users page.
  await page.goto(`/accounts/${accountId}/users`);
  await describedByTargetsExist(page);
  const email = page.getByLabel("Email address");
  await tabTo(page, email);
  await page.keyboard.type("not an address");
  await page.keyboard.press("Enter");
  const inviteFeedback = page.getByTestId("form-feedback").first();
  await expect(inviteFeedback).toBeFocused();
  // The summary links to the field in error, named by its label; Enter on the link goes there.
  const link = inviteFeedback.getByRole("link", { name: "Email address" });
  await expect(link).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(email).toBeFocused();
  await expect(email).toHaveValue("not an address");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
  await describedByTargetsExist(page);
  const invitee = newPerson("invitee");
  await retype(page, invitee.email);
  await page.keyboard.press("Enter");
  await expect(inviteFeedback).toBeFocused();
  await expect(inviteFeedback).toHaveText(`An invitation was sent to ${invitee.email}.`);
  await expect(email).toHaveValue("");

  // Pay the invoice with the saved card: the confirmation says what was paid and with which card.
  await page.goto(`/accounts/${accountId}/invoices/${invoice.id}`);
  const total = await page.getByTestId("invoice-total").innerText();
  const pay = page.getByRole("button", { name: `Pay ${total}` });
  await tabTo(page, pay);
  await page.keyboard.press("Enter");
  const paid = page.getByTestId("payment-confirmation");
  await expect(paid).toBeFocused();
  await expect(paid).toHaveText(`Invoice ${invoice.number} is paid: ${total} was charged to ${card.label}. A receipt follows by email.`);

  // Open a ticket: the message forgotten first, then written after following the summary's link.
  await page.goto(`/accounts/${accountId}/support/new`);
  await tabTo(page, page.getByLabel("Subject"));
  await page.keyboard.type("The keyboard works");
  await tabTo(page, page.getByRole("button", { name: "Open ticket" }));
  await page.keyboard.press("Enter");
  const ticketFeedback = page.getByTestId("form-feedback");
  await expect(ticketFeedback).toBeFocused();
  await expect(page.getByLabel("Subject")).toHaveValue("The keyboard works");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const message = page.getByLabel("Message");
  await expect(message).toBeFocused();
  await describedByTargetsExist(page);
  await page.keyboard.type("Every step of this ticket was made without a mouse.");
  await tabTo(page, page.getByRole("button", { name: "Open ticket" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/support/[0-9a-f-]{36}\\?opened=1$`));
  const opened = page.getByTestId("page-message");
  await expect(opened).toBeFocused();
  await expect(opened).toContainText("was opened");
  await expect(page.getByTestId("ticket-subject")).toHaveText("The keyboard works");
});
