import { describe, expect, it } from "vitest";
import { activateContact } from "@/lib/contacts/activate-contact";
import { listMailboxMessages } from "@/lib/email/mailbox";
import { inviteMember } from "@/lib/invitations/invite-member";
import { listAccountEmailsPage } from "@/lib/notifications/list-account-emails";
import { notifyAccount } from "@/lib/notifications/notify-account";
import { memberJoinedEmail } from "@/emails/account/member-joined";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { testClient } from "../factories/sessions";
import { uniqueEmail } from "../factories/users";
import { lastInvitationToken } from "../support/mail";

const client = testClient();
const PLACEHOLDER = "[link sent only to the recipient]";

/** The account's email history as a Billing member (emails.view, not users.manage) reads it. */
async function historyText(accountId: string): Promise<string> {
  return JSON.stringify((await listAccountEmailsPage(accountId)).messages);
}

describe("the account's email history (issue 12, item 1a)", () => {
  it("shows an invitation without its link, which stays in the invitee's own mailbox", async () => {
    const { account, owner } = await createAccountWithOwner();
    await addMember(account.id, { builtInProfile: "BILLING" });
    const email = uniqueEmail("invitee");
    await inviteMember(await accessFor(owner, account.id), { email, grant: { type: "built-in", profile: "SUPER_ADMINISTRATOR" } }, client);
    const token = await lastInvitationToken(email);

    const history = await historyText(account.id);
    expect(history).toContain("invites you to help manage");
    expect(history).not.toContain(token);
    expect(history).not.toContain("/invite/");
    expect(history).toContain(PLACEHOLDER);

    // The recipient's copy (what is delivered, and what the development mailbox shows) keeps it.
    const [delivered] = await listMailboxMessages({ to: email });
    expect(delivered?.text).toContain(`/invite/${token}`);
  });

  it("shows a contact's activation without its invitation link", async () => {
    const { account, owner } = await createAccountWithOwner();
    const contact = await createContactRow(account.id);
    await activateContact(await accessFor(owner, account.id), { contactId: contact.id, grant: { type: "built-in", profile: "BILLING" } }, client);
    const token = await lastInvitationToken(contact.email);

    const history = await historyText(account.id);
    expect(history).not.toContain(token);
    expect(history).toContain(PLACEHOLDER);
  });

  it("shows an account email without the contact's signed unsubscribe link, keeping the links everyone may follow", async () => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id, { categories: ["GENERAL"] });
    await notifyAccount(account.id, "GENERAL", memberJoinedEmail({ memberName: "Ben Okafor", url: "http://localhost:3000/accounts/x/users" }));

    const [contactCopy] = await listMailboxMessages({ to: contact.email });
    const unsubscribeUrl = contactCopy?.text.match(/http\S*\/unsubscribe\/\S+/)?.[0];
    expect(unsubscribeUrl).toBeDefined();

    const history = await historyText(account.id);
    expect(history).toContain("Ben Okafor");
    expect(history).toContain("http://localhost:3000/accounts/x/users");
    expect(history).not.toContain("/unsubscribe/");
    expect(history).toContain(PLACEHOLDER);
  });
});
