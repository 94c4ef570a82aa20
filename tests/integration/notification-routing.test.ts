import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EMAIL_CATEGORIES } from "@/lib/email/categories";
import type { EmailCategory } from "@/lib/generated/prisma/client";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { inviteMember } from "@/lib/invitations/invite-member";
import { accountRecipients } from "@/lib/notifications/recipients";
import { notifyAccount, type AccountMessage } from "@/lib/notifications/notify-account";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { activateContact } from "@/lib/contacts/activate-contact";
import { domainRenewalEmail } from "@/emails/account/domain-renewal";
import { invoiceIssuedEmail, invoiceIssuedPreview } from "@/emails/account/invoice-issued";
import { memberJoinedEmail } from "@/emails/account/member-joined";
import { serviceActivatedEmail } from "@/emails/account/service-activated";
import { ticketReplyEmail } from "@/emails/account/ticket-reply";
import { accessFor, addMember, createAccountWithOwner, createNamedProfile, type MemberGrant } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { testClient } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";
import { lastInvitationToken, templatesSentTo } from "../support/mail";

const client = testClient();
const ALL = [...EMAIL_CATEGORIES];
const allBut = (category: EmailCategory) => ALL.filter((c) => c !== category);

/** One real account email per category, as the features that send them build it. */
const MESSAGES: Record<EmailCategory, { template: string; message: AccountMessage }> = {
  GENERAL: { template: "member-joined", message: memberJoinedEmail({ memberName: "Ben Okafor", url: "http://localhost:3000/accounts/x/users" }) },
  SERVICES: { template: "service-activated", message: serviceActivatedEmail({ product: "Web Hosting Pro", domain: "empresa.example", url: "http://localhost:3000/x" }) },
  DOMAINS: { template: "domain-renewal", message: domainRenewalEmail({ domain: "empresa.example", expiresOn: "2027-01-15", autoRenew: true, url: "http://localhost:3000/x" }) },
  BILLING: { template: "invoice-issued", message: invoiceIssuedEmail({ ...invoiceIssuedPreview, number: "2026-0042", totalMinor: 12100, currency: "EUR", dueAt: new Date("2026-12-07T00:00:00Z"), url: "http://localhost:3000/x" }) },
  SUPPORT: { template: "ticket-reply", message: ticketReplyEmail({ ticketNumber: "#1042", subject: "Mail", excerpt: "Fixed.", url: "http://localhost:3000/x" }) },
};

type LinkKind = "member" | "contact" | "none";
type Cast = { email: string; contactId?: string };

/**
 * Everyone an account can hold, with what the spec says each receives. The expectations are
 * written out from the spec's tables (profiles, "manage implies view", billing needs
 * invoices.view), not computed from the code under test.
 */
type Persona = {
  label: string;
  receives: readonly EmailCategory[];
  /** Which unsubscribe link their copy carries; a member's copy wins over a contact's. */
  link: (category: EmailCategory) => LinkKind;
  setup: (accountId: string, category: EmailCategory, owner: { id: string; email: string }) => Promise<Cast>;
};

async function member(accountId: string, grant: MemberGrant | ((accountId: string) => Promise<MemberGrant>), categories: EmailCategory[] = ALL): Promise<Cast> {
  const resolved = typeof grant === "function" ? await grant(accountId) : grant;
  const { user, membership } = await addMember(accountId, resolved);
  await db.membership.update({ where: { id: membership.id }, data: { emailCategories: categories } });
  return { email: user.email };
}

const named = (keys: string[]) => async (accountId: string) => ({ profileId: (await createNamedProfile(accountId, keys)).id });

async function contact(accountId: string, categories: EmailCategory[], email?: string): Promise<Cast> {
  const row = await createContactRow(accountId, { categories, email });
  return { email: row.email, contactId: row.id };
}

const asMember = () => "member" as const;
const asContact = () => "contact" as const;

const PERSONAS: Persona[] = [
  {
    label: "owner with every preference off, also a contact with none",
    receives: ALL,
    // The owner receives every account email whatever the preferences say: no link that would change nothing.
    link: () => "none",
    setup: async (accountId, _category, owner) => {
      await db.membership.update({ where: { accountId_userId: { accountId, userId: owner.id } }, data: { emailCategories: [] } });
      await contact(accountId, [], owner.email);
      return { email: owner.email };
    },
  },
  { label: "super administrator", receives: ALL, link: asMember, setup: (a) => member(a, { builtInProfile: "SUPER_ADMINISTRATOR" }) },
  { label: "administrator", receives: ALL, link: asMember, setup: (a) => member(a, { builtInProfile: "ADMINISTRATOR" }) },
  { label: "technician", receives: ["GENERAL", "SERVICES", "DOMAINS", "SUPPORT"], link: asMember, setup: (a) => member(a, { builtInProfile: "TECHNICIAN" }) },
  { label: "junior technician", receives: ["GENERAL", "SERVICES", "DOMAINS", "SUPPORT"], link: asMember, setup: (a) => member(a, { builtInProfile: "JUNIOR_TECHNICIAN" }) },
  { label: "billing", receives: ["GENERAL", "BILLING", "SUPPORT"], link: asMember, setup: (a) => member(a, { builtInProfile: "BILLING" }) },
  { label: "super administrator without this category", receives: [], link: asMember, setup: (a, c) => member(a, { builtInProfile: "SUPER_ADMINISTRATOR" }, allBut(c)) },
  { label: "super administrator with only this category", receives: ALL, link: asMember, setup: (a, c) => member(a, { builtInProfile: "SUPER_ADMINISTRATOR" }, [c]) },
  { label: "no grant (account.view alone)", receives: ["GENERAL"], link: asMember, setup: (a) => member(a, {}) },
  { label: "named profile services.manage + invoices.pay", receives: ["GENERAL", "SERVICES", "BILLING"], link: asMember, setup: (a) => member(a, named(["services.manage", "invoices.pay"])) },
  { label: "named profile domains.view + support.open", receives: ["GENERAL", "DOMAINS", "SUPPORT"], link: asMember, setup: (a) => member(a, named(["domains.view", "support.open"])) },
  { label: "named profile of unknown keys", receives: ["GENERAL"], link: asMember, setup: (a) => member(a, named(["invoices.*", "billing", "services"])) },
  { label: "named profile invoices.view, no preferences", receives: [], link: asMember, setup: (a) => member(a, named(["invoices.view"]), []) },
  { label: "custom set billing.manage", receives: ["GENERAL", "BILLING"], link: asMember, setup: (a) => member(a, { customPermissions: ["billing.manage"] }) },
  { label: "custom set services.cpanel + domains.manage", receives: ["GENERAL", "SERVICES", "DOMAINS"], link: asMember, setup: (a) => member(a, { customPermissions: ["services.cpanel", "domains.manage"] }) },
  { label: "custom set support.view, no preferences", receives: [], link: asMember, setup: (a) => member(a, { customPermissions: ["support.view"] }, []) },
  { label: "contact with every category", receives: ALL, link: asContact, setup: (a) => contact(a, ALL) },
  { label: "contact with only this category", receives: ALL, link: asContact, setup: (a, c) => contact(a, [c]) },
  { label: "contact with every category but this", receives: [], link: asContact, setup: (a, c) => contact(a, allBut(c)) },
  { label: "contact with no category", receives: [], link: asContact, setup: (a) => contact(a, []) },
  {
    label: "super administrator who is also a contact",
    receives: ALL,
    link: asMember,
    setup: async (a) => {
      const cast = await member(a, { builtInProfile: "SUPER_ADMINISTRATOR" });
      await contact(a, ALL, cast.email);
      return cast;
    },
  },
  {
    // As a member they may not see services or domains; as a contact the account chose to send them everything.
    label: "billing member who is also a contact with every category",
    receives: ALL,
    link: (category) => (["GENERAL", "BILLING", "SUPPORT"].includes(category) ? "member" : "contact"),
    setup: async (a) => {
      const cast = await member(a, { builtInProfile: "BILLING" });
      const { contactId } = await contact(a, ALL, cast.email);
      return { ...cast, contactId };
    },
  },
];

/** The unsubscribe link a row carries: the member's preferences page or a contact's signed link. */
function unsubscribeLink(text: string): { kind: "member"; accountId: string } | { kind: "contact"; token: string } | { kind: "none" } {
  const memberLink = text.match(/\/user\/notifications\?account=([0-9a-f-]{36})/);
  if (memberLink?.[1]) return { kind: "member", accountId: memberLink[1] };
  const contactLink = text.match(/\/unsubscribe\/([A-Za-z0-9_.-]+)/);
  if (contactLink?.[1]) return { kind: "contact", token: contactLink[1] };
  return { kind: "none" };
}

describe("the routing table", () => {
  it.each(ALL)("%s reaches exactly the people the rules name, once each, with their own unsubscribe link (none for the owner)", async (category) => {
    const { account, owner } = await createAccountWithOwner();
    const cast = new Map<string, { persona: Persona; contactId?: string }>();
    for (const persona of PERSONAS) {
      const { email, contactId } = await persona.setup(account.id, category, owner);
      cast.set(email, { persona, contactId });
    }
    const rowsBefore = await db.emailMessage.count({ where: { accountId: account.id } });

    const { notificationId, recipients } = await notifyAccount(account.id, category, MESSAGES[category].message);

    const rows = await db.emailMessage.findMany({ where: { accountId: account.id }, orderBy: { id: "asc" }, skip: rowsBefore });
    const labelOf = (to: string) => cast.get(to)?.persona.label ?? `stranger ${to}`;
    const expected = PERSONAS.filter((p) => p.receives.includes(category)).map((p) => p.label);
    expect(rows.map((r) => labelOf(r.to)).sort()).toEqual(expected.sort());
    expect(new Set(rows.map((r) => r.to)).size).toBe(rows.length);
    expect([...recipients].sort()).toEqual(rows.map((r) => r.to).sort());

    for (const row of rows) {
      expect(row).toMatchObject({ accountId: account.id, category, notificationId, template: MESSAGES[category].template, status: "CAPTURED" });
      const { persona, contactId } = cast.get(row.to)!;
      const link = unsubscribeLink(row.text);
      expect({ who: persona.label, link: link.kind }).toEqual({ who: persona.label, link: persona.link(category) });
      if (link.kind === "none") {
        expect(row.html).not.toContain("/unsubscribe/");
        expect(row.html).not.toContain("/user/notifications");
        continue;
      }
      if (link.kind === "member") expect(link.accountId).toBe(account.id);
      else expect(readUnsubscribeToken(link.token)).toEqual({ contactId, category });
      expect(row.html).toContain(link.kind === "member" ? `/user/notifications?account=${account.id}` : `/unsubscribe/${link.token}`);
    }
  });

  it("names each recipient with their role, name and language", async () => {
    const { account, owner } = await createAccountWithOwner();
    const tech = await addMember(account.id, { builtInProfile: "TECHNICIAN" }, { name: "Tomas Tech" });
    await db.user.update({ where: { id: tech.user.id }, data: { locale: "es" } });
    const bookkeeper = await createContactRow(account.id, { firstName: "Lucia", lastName: "Fernandez", categories: ["SERVICES"] });

    const recipients = await accountRecipients(db, account.id, "SERVICES");

    expect(recipients).toEqual([
      { kind: "owner", userId: owner.id, email: owner.email, name: owner.name, locale: owner.locale },
      { kind: "member", userId: tech.user.id, email: tech.user.email, name: "Tomas Tech", locale: "es" },
      { kind: "contact", contactId: bookkeeper.id, email: bookkeeper.email, name: "Lucia Fernandez", locale: "en" },
    ]);
  });

  it("does not reach members or contacts of another account", async () => {
    const { account } = await createAccountWithOwner();
    const other = await createAccountWithOwner();
    const stranger = await addMember(other.account.id, { builtInProfile: "SUPER_ADMINISTRATOR" });
    const strangerContact = await createContactRow(other.account.id);

    const { recipients } = await notifyAccount(account.id, "BILLING", MESSAGES.BILLING.message);

    expect(recipients).not.toContain(stranger.user.email);
    expect(recipients).not.toContain(strangerContact.email);
    expect(recipients).not.toContain(other.owner.email);
  });
});

describe("notifyAccount", () => {
  it("leaves out the addresses it is told to, whatever role they hold", async () => {
    const { account, owner } = await createAccountWithOwner();
    const admin = await addMember(account.id, { builtInProfile: "ADMINISTRATOR" });
    const kept = await addMember(account.id, { builtInProfile: "BILLING" });
    const bookkeeper = await createContactRow(account.id);
    const keptContact = await createContactRow(account.id);

    const { recipients } = await notifyAccount(account.id, "BILLING", MESSAGES.BILLING.message, { exceptEmails: [owner.email, admin.user.email, bookkeeper.email] });

    expect([...recipients].sort()).toEqual([kept.user.email, keptContact.email].sort());
    expect((await db.emailMessage.findMany({ where: { accountId: account.id, category: "BILLING" } })).map((r) => r.to).sort()).toEqual([kept.user.email, keptContact.email].sort());
  });

  it("gives each call its own notification id, shared by all its rows", async () => {
    const { account } = await createAccountWithOwner();
    await addMember(account.id, { builtInProfile: "BILLING" });
    const first = await notifyAccount(account.id, "BILLING", MESSAGES.BILLING.message);
    const second = await notifyAccount(account.id, "BILLING", MESSAGES.BILLING.message);

    expect(first.notificationId).not.toBe(second.notificationId);
    for (const { notificationId } of [first, second]) expect(await db.emailMessage.count({ where: { accountId: account.id, notificationId } })).toBe(2);
  });

  it("writes inside the caller's transaction: a rollback leaves no email", async () => {
    const { account } = await createAccountWithOwner();
    await addMember(account.id, { builtInProfile: "SUPER_ADMINISTRATOR" });
    await createContactRow(account.id);
    const before = await db.emailMessage.count();

    const outcome = await db
      .$transaction(async (tx) => {
        const { recipients } = await notifyAccount(account.id, "GENERAL", MESSAGES.GENERAL.message, { tx });
        expect(recipients).toHaveLength(3);
        expect(await tx.emailMessage.count({ where: { accountId: account.id } })).toBe(3);
        throw new Error("the change failed");
      })
      .catch((error: Error) => error.message);

    expect(outcome).toBe("the change failed");
    expect(await db.emailMessage.count()).toBe(before);
  });
});

describe("the member-joined email on accepting an invitation", () => {
  it("reaches the owner, members who want general news and contacts who do, never the joiner", async () => {
    const { account, owner } = await createAccountWithOwner();
    await db.membership.update({ where: { accountId_userId: { accountId: account.id, userId: owner.id } }, data: { emailCategories: [] } });
    const wantsGeneral = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const noGeneral = await addMember(account.id, { builtInProfile: "SUPER_ADMINISTRATOR" });
    await db.membership.update({ where: { id: noGeneral.membership.id }, data: { emailCategories: allBut("GENERAL") } });
    const generalContact = await createContactRow(account.id, { categories: ["GENERAL"] });
    const billingContact = await createContactRow(account.id, { categories: ["BILLING"] });

    const email = uniqueEmail("joiner");
    await inviteMember(await accessFor(owner, account.id), { email, grant: { type: "built-in", profile: "BILLING" } }, client);
    const joiner = await createUser({ email, name: "Jana Joiner" });
    await acceptInvitation(await lastInvitationToken(email), joiner, client);

    const joined = await db.emailMessage.findMany({ where: { accountId: account.id, template: "member-joined" } });
    expect(joined.map((r) => r.to).sort()).toEqual([owner.email, wantsGeneral.user.email, generalContact.email].sort());
    expect(joined.every((r) => r.category === "GENERAL" && r.notificationId === joined[0]?.notificationId)).toBe(true);
    expect(joined[0]?.text).toContain("Jana Joiner");
    expect(await templatesSentTo(email)).toEqual(["invitation"]);
    expect(await templatesSentTo(noGeneral.user.email)).toEqual([]);
    expect(await templatesSentTo(billingContact.email)).toEqual([]);
  });

  it("does not reach an activated contact who joins, though their contact row wants general news", async () => {
    const { account, owner } = await createAccountWithOwner();
    const bookkeeper = await createContactRow(account.id, { categories: ALL });
    await activateContact(await accessFor(owner, account.id), { contactId: bookkeeper.id, grant: { type: "built-in", profile: "BILLING" } }, client);
    const joiner = await createUser({ email: bookkeeper.email });
    await acceptInvitation(await lastInvitationToken(bookkeeper.email), joiner, client);

    expect(await templatesSentTo(bookkeeper.email)).toEqual(["invitation"]);
    expect((await db.emailMessage.findMany({ where: { accountId: account.id, template: "member-joined" } })).map((r) => r.to)).toEqual([owner.email]);
  });
});
