import { expect, test, type Locator, type Page } from "@playwright/test";
import { createAccountFor, invite, joinedMember } from "./support/accounts";
import { savedCardInDatabase } from "./support/cards-in-database";
import { withE2eDatabase } from "./support/e2e-database";
import { addMemberInDatabase, createVerifiedUser } from "./support/members-in-database";
import { newPerson, signIn, signInAsNewUser } from "./support/people";
import { vpsInDatabase } from "./support/vps-in-database";

/**
 * Every confirmation for what cannot be undone (components/ui/confirm-dialog.tsx): opening it
 * puts focus on Cancel (or on the name to type), cancelling writes nothing (checked in the
 * database, and on the page after a reload) and gives focus back to the button, and
 * confirming does the action and says so.
 */

/** Opens the dialog behind `trigger` and returns it, checking it is modal and focus is inside. */
async function openDialog(page: Page, trigger: Locator, name: string | RegExp): Promise<Locator> {
  await trigger.click();
  const dialog = page.getByRole("dialog", { name });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((element) => element.matches(":modal"))).toBe(true);
  await expect(dialog.locator(":focus")).toHaveCount(1);
  return dialog;
}

async function cancel(dialog: Locator, trigger: Locator) {
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
}

async function ownerWithAccount(page: Page, label: string) {
  const owner = newPerson(label);
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Confirm ${owner.name}`);
  return { owner, accountId, legalName: `Confirm ${owner.name}` };
}

const membershipCount = (accountId: string, email: string) => withE2eDatabase((db) => db.membership.count({ where: { accountId, user: { email } } }));

test("removing a member: cancel keeps them, confirm removes them and says so", async ({ page }) => {
  const { accountId, legalName } = await ownerWithAccount(page, "remove-member");
  const member = newPerson("removed");
  await createVerifiedUser(member);
  await addMemberInDatabase(accountId, member, "Technician");

  await page.goto(`/accounts/${accountId}/users`);
  const trigger = page.getByRole("button", { name: `Remove: ${member.name}` });
  let dialog = await openDialog(page, trigger, `Remove ${member.name} from ${legalName}?`);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await cancel(dialog, trigger);
  // Escape cancels too.
  dialog = await openDialog(page, trigger, `Remove ${member.name} from ${legalName}?`);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await page.reload();
  await expect(page.getByTestId("member-row").filter({ hasText: member.email })).toHaveCount(1);
  expect(await membershipCount(accountId, member.email)).toBe(1);

  dialog = await openDialog(page, trigger, `Remove ${member.name} from ${legalName}?`);
  await dialog.getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByTestId("page-message")).toHaveText(`${member.name} was removed from the account.`);
  await expect(page.getByTestId("page-message")).toBeFocused();
  await expect(page.getByTestId("member-row").filter({ hasText: member.email })).toHaveCount(0);
  expect(await membershipCount(accountId, member.email)).toBe(0);
});

test("revoking an invitation: cancel keeps it, confirm revokes it", async ({ page }) => {
  const { accountId } = await ownerWithAccount(page, "revoke");
  const invitee = newPerson("invitee");
  await invite(page, accountId, invitee.email, "Billing");
  const pending = () => withE2eDatabase((db) => db.invitation.count({ where: { accountId, email: invitee.email, status: "PENDING" } }));

  const trigger = page.getByRole("button", { name: `Revoke: ${invitee.email}` });
  const dialog = await openDialog(page, trigger, `Revoke the invitation to ${invitee.email}?`);
  await cancel(dialog, trigger);
  await page.reload();
  await expect(page.getByTestId("invitation-row").filter({ hasText: invitee.email })).toHaveCount(1);
  expect(await pending()).toBe(1);

  await (await openDialog(page, trigger, `Revoke the invitation to ${invitee.email}?`)).getByRole("button", { name: "Revoke invitation" }).click();
  await expect(page.getByTestId("page-message")).toHaveText(`The invitation to ${invitee.email} was revoked.`);
  await expect(page.getByTestId("invitation-row").filter({ hasText: invitee.email })).toHaveCount(0);
  expect(await pending()).toBe(0);
});

test("removing a card says it is the default and auto-pay's; cancel keeps it, confirm removes it", async ({ page }) => {
  const { owner, accountId } = await ownerWithAccount(page, "remove-card");
  const card = await savedCardInDatabase(accountId, { holderName: owner.name, autoPay: true });
  const other = await savedCardInDatabase(accountId, { holderName: owner.name, number: "5555555555554444" });
  const cards = () => withE2eDatabase((db) => db.paymentMethod.count({ where: { accountId } }));

  await page.goto(`/accounts/${accountId}/billing`);
  const trigger = page.getByRole("button", { name: `Remove ${card.label}` });
  let dialog = await openDialog(page, trigger, `Remove ${card.label}?`);
  await expect(dialog.getByTestId("remove-card-default")).toContainText("auto-pay charges it");
  await cancel(dialog, trigger);
  // The other card is not the default: its dialog says nothing of the kind.
  const otherTrigger = page.getByRole("button", { name: `Remove ${other.label}` });
  dialog = await openDialog(page, otherTrigger, `Remove ${other.label}?`);
  await expect(dialog.getByTestId("remove-card-default")).toHaveCount(0);
  await cancel(dialog, otherTrigger);
  await page.reload();
  await expect(page.getByTestId("payment-method")).toHaveCount(2);
  expect(await cards()).toBe(2);

  await (await openDialog(page, trigger, `Remove ${card.label}?`)).getByRole("button", { name: "Remove card" }).click();
  await expect(page.getByTestId("page-message")).toHaveText(`${card.label} was removed.`);
  await expect(page.getByTestId("payment-method")).toHaveCount(1);
  expect(await cards()).toBe(1);
});

test("restarting a server: cancel leaves it running, confirm restarts it", async ({ page }) => {
  const { accountId } = await ownerWithAccount(page, "restart");
  const serviceId = await vpsInDatabase(accountId);
  const powerState = () => withE2eDatabase(async (db) => (await db.demoPanelAccount.findFirstOrThrow({ where: { id: (await db.service.findUniqueOrThrow({ where: { id: serviceId } })).panelRef! } })).restartingUntil);

  await page.goto(`/accounts/${accountId}/services/${serviceId}`);
  const power = page.getByTestId("power-state");
  await expect(power).toHaveText("Running");
  const trigger = page.getByRole("button", { name: "Restart", exact: true });
  const dialog = await openDialog(page, trigger, /^Restart vps-.*\?$/);
  await cancel(dialog, trigger);
  await page.reload();
  await expect(power).toHaveText("Running");
  expect(await powerState()).toBeNull();

  await (await openDialog(page, trigger, /^Restart vps-.*\?$/)).getByRole("button", { name: "Restart the server" }).click();
  await expect(page.getByTestId("page-message")).toContainText("Restart started.");
  await expect(power).toHaveText("Restarting");
  expect(await powerState()).not.toBeNull();
});

test("leaving an account: cancel stays a member, confirm leaves", async ({ page, browser }) => {
  const { accountId, legalName } = await ownerWithAccount(page, "leave-owner");
  const { person, context, page: memberPage } = await joinedMember(browser, accountId, "leaver", "Technician");

  await memberPage.goto(`/accounts/${accountId}/settings`);
  const trigger = memberPage.getByRole("button", { name: "Leave this account" });
  const dialog = await openDialog(memberPage, trigger, `Leave ${legalName}?`);
  await cancel(dialog, trigger);
  await memberPage.reload();
  await expect(memberPage.getByRole("button", { name: "Leave this account" })).toBeVisible();
  expect(await membershipCount(accountId, person.email)).toBe(1);

  await (await openDialog(memberPage, trigger, `Leave ${legalName}?`)).getByRole("button", { name: "Leave the account" }).click();
  await expect(memberPage).toHaveURL(/\/user\/accounts$/);
  expect(await membershipCount(accountId, person.email)).toBe(0);
  await context.close();
});

test("signing out all other sessions: cancel keeps them, confirm ends them", async ({ page, browser }) => {
  const person = newPerson("end-others");
  await signInAsNewUser(page, person);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, person);
  await expect(other).toHaveURL(/\/user\/accounts$/);
  const sessions = () => withE2eDatabase((db) => db.session.count({ where: { user: { email: person.email }, endedAt: null } }));

  await page.goto("/user/security");
  await expect(page.getByTestId("session-row")).toHaveCount(2);
  const trigger = page.getByRole("button", { name: "Sign out all other sessions" });
  const dialog = await openDialog(page, trigger, "Sign out all other sessions?");
  await cancel(dialog, trigger);
  await page.reload();
  await expect(page.getByTestId("session-row")).toHaveCount(2);
  expect(await sessions()).toBe(2);

  await (await openDialog(page, trigger, "Sign out all other sessions?")).getByRole("button", { name: "Sign out all other sessions" }).click();
  await expect(page.getByTestId("page-message")).toHaveText("1 other session was signed out.");
  await expect(page.getByTestId("session-row")).toHaveCount(1);
  expect(await sessions()).toBe(1);
  await otherContext.close();
});

test("closing an account asks for its name typed out (checked by the server) and the password", async ({ page }) => {
  const { owner, accountId, legalName } = await ownerWithAccount(page, "close");
  const status = () => withE2eDatabase(async (db) => (await db.clientAccount.findUniqueOrThrow({ where: { id: accountId } })).status);

  await page.goto(`/accounts/${accountId}/settings`);
  const trigger = page.getByRole("button", { name: "Close this account" });
  let dialog = await openDialog(page, trigger, `Close ${legalName}?`);
  const name = dialog.getByLabel(`To confirm, type the account's name: ${legalName}`);
  await expect(name).toBeFocused();
  await name.fill("Some other name");
  await dialog.getByLabel("Your password").fill(owner.password);
  await dialog.getByRole("button", { name: "Close this account" }).click();
  // Refused on the field, with the summary focused and linking to it; the name typed stays, the password does not.
  const summary = dialog.getByTestId("form-feedback");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: `To confirm, type the account's name: ${legalName}` })).toBeVisible();
  await expect(name).toHaveAccessibleDescription("The name you typed is not this account's name. Type it as shown.");
  await expect(name).toHaveValue("Some other name");
  await expect(dialog.getByLabel("Your password")).toHaveValue("");
  expect(await status()).toBe("ACTIVE");

  await cancel(dialog, trigger);
  await page.reload();
  expect(await status()).toBe("ACTIVE");

  dialog = await openDialog(page, trigger, `Close ${legalName}?`);
  await expect(dialog.getByLabel(`To confirm, type the account's name: ${legalName}`)).toHaveValue("");
  await dialog.getByLabel(`To confirm, type the account's name: ${legalName}`).fill(legalName.toUpperCase());
  await dialog.getByLabel("Your password").fill(owner.password);
  await dialog.getByRole("button", { name: "Close this account" }).click();
  await expect(page).toHaveURL(/\/user\/accounts$/);
  expect(await status()).toBe("CLOSED");
});
