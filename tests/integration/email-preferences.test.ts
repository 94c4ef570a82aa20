import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EMAIL_CATEGORIES } from "@/lib/email/categories";
import { enqueueEmail } from "@/lib/email/outbox";
import { listAccountEmailsPage } from "@/lib/notifications/list-account-emails";
import { notifyAccount } from "@/lib/notifications/notify-account";
import { inspectUnsubscribe, listUserPreferences, unsubscribeContact, updateMemberPreferences } from "@/lib/notifications/preferences";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { invoiceIssuedEmail, invoiceIssuedPreview } from "@/emails/account/invoice-issued";
import { memberJoinedEmail } from "@/emails/account/member-joined";
import { translatorFor } from "@/lib/i18n/messages";
import { renderEmail } from "@/emails/render";
import { addMember, createAccountWithOwner } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { testClient } from "../factories/sessions";
import { createUser } from "../factories/users";
import { failureCode } from "../support/errors";

const client = testClient();
const ALL = [...EMAIL_CATEGORIES];
const invoice = invoiceIssuedEmail({ ...invoiceIssuedPreview, number: "2026-0042", totalMinor: 12100, currency: "EUR", dueAt: new Date("2026-12-07T00:00:00Z"), url: "http://localhost:3000/x" });
const joined = memberJoinedEmail({ memberName: "Ben Okafor", url: "http://localhost:3000/x" });

/** A token with one character of its signature changed. */
function tampered(token: string): string {
  const last = token.at(-1) === "A" ? "B" : "A";
  return token.slice(0, -1) + last;
}

describe("a member's own preferences", () => {
  it("are saved for the one account and recorded with before and after", async () => {
    const { account, owner } = await createAccountWithOwner();
    const other = await createAccountWithOwner({ owner });

    await updateMemberPreferences(owner, account.id, ["BILLING", "SUPPORT"], client);

    const membership = (accountId: string) => db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId, userId: owner.id } } });
    expect((await membership(account.id)).emailCategories).toEqual(["BILLING", "SUPPORT"]);
    expect((await membership(other.account.id)).emailCategories).toEqual(ALL);
    expect(await db.activityEvent.findFirstOrThrow({ where: { accountId: account.id }, orderBy: { id: "desc" } })).toMatchObject({
      kind: "preferences.updated",
      actorId: owner.id,
      subjectId: owner.id,
      details: { before: ALL, after: ["BILLING", "SUPPORT"] },
    });
    expect(await db.activityEvent.count({ where: { accountId: other.account.id, kind: "preferences.updated" } })).toBe(0);
  });

  it("take effect on the next email: a member who turned billing off gets no invoice", async () => {
    const { account } = await createAccountWithOwner();
    const { user } = await addMember(account.id, { builtInProfile: "BILLING" });
    await updateMemberPreferences(user, account.id, ["SUPPORT"], client);

    expect((await notifyAccount(account.id, "BILLING", invoice)).recipients).not.toContain(user.email);
    await updateMemberPreferences(user, account.id, ["SUPPORT", "BILLING"], client);
    expect((await notifyAccount(account.id, "BILLING", invoice)).recipients).toContain(user.email);
  });

  it("cannot be set in an account the user does not belong to, or that is closed, and nothing is written", async () => {
    const { account: mine, owner } = await createAccountWithOwner();
    const { account: theirs, owner: theirOwner } = await createAccountWithOwner();
    const closed = await createAccountWithOwner({ owner });
    await db.clientAccount.update({ where: { id: closed.account.id }, data: { status: "CLOSED" } });
    const snapshot = () => Promise.all([db.membership.findMany({ orderBy: { id: "asc" } }), db.activityEvent.count()]);

    const before = await snapshot();
    expect(await failureCode(updateMemberPreferences(owner, theirs.id, [], client))).toBe("notFound");
    expect(await failureCode(updateMemberPreferences(owner, closed.account.id, [], client))).toBe("notFound");
    expect(await failureCode(updateMemberPreferences(theirOwner, mine.id, [], client))).toBe("notFound");
    expect(await failureCode(updateMemberPreferences(owner, randomUUID(), [], client))).toBe("notFound");
    expect(await snapshot()).toEqual(before);
  });

  it("are listed per open account, by name, saying where the user is the owner", async () => {
    const user = await createUser({ name: "Marta Perez" });
    const owned = await createAccountWithOwner({ owner: user, details: { legalName: "Beta Personal" } });
    const agency = await createAccountWithOwner({ details: { legalName: "Alfa Agency, S.L." } });
    await addMember(agency.account.id, { builtInProfile: "TECHNICIAN" }, { user });
    const closed = await createAccountWithOwner({ owner: user, details: { legalName: "Aardvark Closed" } });
    await db.clientAccount.update({ where: { id: closed.account.id }, data: { status: "CLOSED" } });
    await createAccountWithOwner({ details: { legalName: "Aaa Stranger" } });
    await updateMemberPreferences(user, agency.account.id, ["SERVICES"], client);

    expect(await listUserPreferences(user.id)).toEqual([
      { accountId: agency.account.id, legalName: "Alfa Agency, S.L.", isOwner: false, categories: ["SERVICES"] },
      { accountId: owned.account.id, legalName: "Beta Personal", isOwner: true, categories: ALL },
    ]);
  });
});

describe("a contact's unsubscribe link", () => {
  it("names the contact, account and category before anything changes", async () => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id, { categories: ["BILLING", "DOMAINS"] });

    expect(await inspectUnsubscribe(unsubscribeToken(contact.id, "BILLING"))).toEqual({ email: contact.email, accountName: account.legalName, category: "BILLING", subscribed: true });
    expect(await inspectUnsubscribe(unsubscribeToken(contact.id, "SUPPORT"))).toMatchObject({ category: "SUPPORT", subscribed: false });
    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).emailCategories).toEqual(["BILLING", "DOMAINS"]);
  });

  it("stops just that category for just that contact, and records it", async () => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id, { categories: ALL });
    const neighbour = await createContactRow(account.id, { categories: ALL });

    await unsubscribeContact(unsubscribeToken(contact.id, "BILLING"));

    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).emailCategories).toEqual(["GENERAL", "SERVICES", "DOMAINS", "SUPPORT"]);
    expect((await db.contact.findUniqueOrThrow({ where: { id: neighbour.id } })).emailCategories).toEqual(ALL);
    expect(await db.activityEvent.findFirstOrThrow({ where: { accountId: account.id }, orderBy: { id: "desc" } })).toMatchObject({
      kind: "contact.updated",
      actorId: null,
      details: { email: contact.email, unsubscribed: "BILLING" },
    });
    expect((await notifyAccount(account.id, "BILLING", invoice)).recipients).not.toContain(contact.email);
    expect((await notifyAccount(account.id, "GENERAL", joined)).recipients).toContain(contact.email);
    expect(await inspectUnsubscribe(unsubscribeToken(contact.id, "BILLING"))).toMatchObject({ subscribed: false });

    // Following the link again is harmless.
    await unsubscribeContact(unsubscribeToken(contact.id, "BILLING"));
    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).emailCategories).toEqual(["GENERAL", "SERVICES", "DOMAINS", "SUPPORT"]);
  });

  it("works from the link in the email the contact received", async () => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id, { categories: ["BILLING", "SUPPORT"] });
    await notifyAccount(account.id, "BILLING", invoice);
    const text = (await db.emailMessage.findFirstOrThrow({ where: { to: contact.email } })).text;
    const token = text.match(/\/unsubscribe\/([A-Za-z0-9_.-]+)/)?.[1] ?? "";

    await unsubscribeContact(token);

    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).emailCategories).toEqual(["SUPPORT"]);
  });

  it.each([
    ["a forged signature", (contactId: string) => tampered(unsubscribeToken(contactId, "BILLING"))],
    ["another category's signature", (contactId: string) => unsubscribeToken(contactId, "SUPPORT").replace(".SUPPORT.", ".BILLING.")],
    ["another contact's signature", (contactId: string) => unsubscribeToken(randomUUID(), "BILLING").replace(/^[^.]+/, contactId)],
    ["no signature", (contactId: string) => `${contactId}.BILLING`],
    ["an empty signature", (contactId: string) => `${contactId}.BILLING.`],
    ["an unknown category", (contactId: string) => `${contactId}.SECURITY.${unsubscribeToken(contactId, "BILLING").split(".")[2]}`],
    ["garbage", () => "not-a-token"],
  ])("is refused with %s, changing nothing", async (_label, makeToken) => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id, { categories: ALL });
    const token = makeToken(contact.id);
    const before = await Promise.all([db.contact.findUniqueOrThrow({ where: { id: contact.id } }), db.activityEvent.count({ where: { accountId: account.id } })]);

    expect(readUnsubscribeToken(token)).toBeNull();
    expect(await inspectUnsubscribe(token)).toBeNull();
    expect(await failureCode(unsubscribeContact(token))).toBe("unsubscribeLinkInvalid");
    expect(await Promise.all([db.contact.findUniqueOrThrow({ where: { id: contact.id } }), db.activityEvent.count({ where: { accountId: account.id } })])).toEqual(before);
  });

  it("is refused for a contact that does not exist (any more)", async () => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id);
    const token = unsubscribeToken(contact.id, "BILLING");
    await db.contact.delete({ where: { id: contact.id } });

    for (const stale of [token, unsubscribeToken(randomUUID(), "GENERAL")]) {
      expect(readUnsubscribeToken(stale)).not.toBeNull();
      expect(await inspectUnsubscribe(stale)).toBeNull();
      expect(await failureCode(unsubscribeContact(stale))).toBe("unsubscribeLinkInvalid");
    }
  });

  it("is signed with the server's secret: the same link made with another secret is refused", async () => {
    const { account } = await createAccountWithOwner();
    const contact = await createContactRow(account.id);
    const secret = process.env.NEXTAUTH_SECRET;
    let foreign: string;
    try {
      process.env.NEXTAUTH_SECRET = "someone-elses-secret";
      foreign = unsubscribeToken(contact.id, "BILLING");
    } finally {
      process.env.NEXTAUTH_SECRET = secret;
    }
    expect(foreign).not.toBe(unsubscribeToken(contact.id, "BILLING"));
    expect(await failureCode(unsubscribeContact(foreign))).toBe("unsubscribeLinkInvalid");
  });
});

describe("the account's email history", () => {
  it("shows one entry per notification, newest first, with every recipient's status, and no other account's emails", async () => {
    const { account, owner } = await createAccountWithOwner();
    const billing = await addMember(account.id, { builtInProfile: "BILLING" });
    const contact = await createContactRow(account.id, { categories: ["GENERAL"] });
    const other = await createAccountWithOwner();
    await notifyAccount(other.account.id, "GENERAL", joined);

    const first = await notifyAccount(account.id, "BILLING", invoice);
    const second = await notifyAccount(account.id, "GENERAL", joined);
    await db.emailMessage.updateMany({ where: { notificationId: second.notificationId, to: contact.email }, data: { status: "FAILED", lastError: "550 mailbox unavailable" } });
    // An account row without a notification id (written directly) stands alone.
    await enqueueEmail(db, { to: owner.email, email: renderEmail({ t: translatorFor("en"), template: "one-off", subject: "One-off", paragraphs: ["Hi"], footer: "" }), accountId: account.id });

    const history = (await listAccountEmailsPage(account.id)).messages;

    expect(history.map((entry) => entry.template)).toEqual(["one-off", "member-joined", "invoice-issued"]);
    const [oneOff, general, invoices] = history;
    expect(oneOff?.recipients).toEqual([{ to: owner.email, status: "CAPTURED", lastError: null }]);
    expect(general).toMatchObject({ id: second.notificationId, category: "GENERAL" });
    expect(general?.recipients.map((r) => r.to).sort()).toEqual([owner.email, billing.user.email, contact.email].sort());
    expect(general?.recipients.find((r) => r.to === contact.email)).toEqual({ to: contact.email, status: "FAILED", lastError: "550 mailbox unavailable" });
    expect(invoices).toMatchObject({ id: first.notificationId, category: "BILLING" });
    expect(invoices?.recipients.map((r) => r.to).sort()).toEqual([owner.email, billing.user.email].sort());
    expect(JSON.stringify(history)).not.toContain(other.owner.email);
  });
});
