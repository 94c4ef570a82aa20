import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createAccountFor, invite, joinedMember } from "./support/accounts";
import { createTicketOf, setSeatLimitOf } from "./support/e2e-database";
import { followEmailLink, newPerson, signInAsNewUser } from "./support/people";

test("a member refused a seat is sent none of the page's data", async ({ browser, page }) => {
  const owner = newPerson("seat-owner");
  await signInAsNewUser(page, owner);
  const accountId = await createAccountFor(page, owner, `Seat Data ${randomBytes(3).toString("hex")}, S.L.`);
  const subject = `Private ticket ${randomBytes(4).toString("hex")}`;
  const ticketId = await createTicketOf(accountId, owner.email, subject);
  await setSeatLimitOf(accountId, 1);

  // The first technician takes the one seat and sees the ticket.
  const first = await joinedMember(browser, accountId, "seat-first", "Technician");
  await first.page.goto(`/accounts/${accountId}/support`);
  await expect(first.page.getByText(subject)).toBeVisible();

  // The second one joins while the seat is taken.
  const second = newPerson("seat-second");
  const secondPage = await (await browser.newContext()).newPage();
  await signInAsNewUser(secondPage, second);
  await invite(page, accountId, second.email, "Technician");
  await followEmailLink(secondPage, second.email, "/invite/");
  await secondPage.getByRole("button", { name: "Accept and open the account" }).click();
  await expect(secondPage.getByRole("heading", { name: "All seats are in use" })).toBeVisible();

  for (const path of ["/support", `/support/${ticketId}`, ""]) {
    const response = await secondPage.request.get(`/accounts/${accountId}${path}`);
    const html = await response.text();
    expect(html, path).toContain("All seats are in use");
    expect(html, path).not.toContain(subject);
  }
  await Promise.all([first.context.close(), secondPage.context().close()]);
});
