import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { activateContact } from "@/lib/contacts/activate-contact";
import { listContacts } from "@/lib/contacts/list-contacts";
import { createContact, deleteContact, routableCategories, updateContact } from "@/lib/contacts/manage-contacts";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { changeMemberGrant } from "@/lib/members/change-members";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { contactInput, createContactRow, createDomainRow } from "../factories/contacts";
import { testClient } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";
import { failureCode, userErrorOf } from "../support/errors";
import { lastInvitationToken } from "../support/mail";

const client = testClient();

async function ownedAccount() {
  const { account, owner } = await createAccountWithOwner();
  return { account, owner, access: await accessFor(owner, account.id) };
}

/** Everything the contact functions write, for "nothing written". */
async function writes(accountId: string) {
  const [contacts, activity, invitations, emails] = await Promise.all([
    db.contact.findMany({ where: { accountId }, orderBy: { id: "asc" } }),
    db.activityEvent.findMany({ where: { accountId }, orderBy: { id: "asc" } }),
    db.invitation.count({ where: { accountId } }),
    db.emailMessage.count(),
  ]);
  return { contacts, activity, invitations, emails };
}

async function expectRefusedWithNothingWritten(accountIds: string[], code: string, attempt: () => Promise<unknown>) {
  const before = await Promise.all(accountIds.map(writes));
  expect(await failureCode(attempt())).toBe(code);
  expect(await Promise.all(accountIds.map(writes))).toEqual(before);
}

async function lastActivity(accountId: string) {
  return db.activityEvent.findFirstOrThrow({ where: { accountId }, orderBy: { id: "desc" } });
}

describe("creating a contact", () => {
  it("stores the fields and categories and records who did it", async () => {
    const { account, owner, access } = await ownedAccount();
    const input = contactInput({ email: "  Lucia.Fernandez@Example.TEST ", categories: "BILLING,GENERAL" });

    const { id } = await createContact(access, input, client);

    expect(await db.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({
      accountId: account.id,
      firstName: "Lucia",
      lastName: "Fernandez",
      company: "Gestoria Fernandez",
      email: "lucia.fernandez@example.test",
      phone: "+34 912 345 678",
      addressLine2: null,
      country: "ES",
      emailCategories: ["GENERAL", "BILLING"],
      linkedUserId: null,
    });
    expect(await lastActivity(account.id)).toMatchObject({ kind: "contact.created", actorId: owner.id, details: { email: "lucia.fernandez@example.test", name: "Lucia Fernandez" } });
  });

  it("refuses an address the account already has, in any case, and writes nothing", async () => {
    const { account, access } = await ownedAccount();
    const email = uniqueEmail("bookkeeper");
    await createContact(access, contactInput({ email }), client);

    await expectRefusedWithNothingWritten([account.id], "contactEmailTaken", () => createContact(access, contactInput({ email: email.toUpperCase(), firstName: "Other" }), client));
    expect((await userErrorOf(createContact(access, contactInput({ email }), client))).values).toEqual({ email });
  });

  it("lets two accounts each have a contact with the same address", async () => {
    const first = await ownedAccount();
    const second = await ownedAccount();
    const email = uniqueEmail("shared");
    await createContact(first.access, contactInput({ email }), client);
    await createContact(second.access, contactInput({ email }), client);
    expect(await db.contact.count({ where: { email } })).toBe(2);
  });
});

describe("updating a contact", () => {
  it("saves the changes and records each field's before and after", async () => {
    const { account, access } = await ownedAccount();
    const original = contactInput({ categories: "GENERAL,BILLING" });
    const { id } = await createContact(access, original, client);

    await updateContact(access, id, { ...original, lastName: "Garcia", phone: null, categories: ["BILLING"] }, client);

    expect(await db.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ lastName: "Garcia", phone: null, emailCategories: ["BILLING"], email: original.email });
    expect(await lastActivity(account.id)).toMatchObject({
      kind: "contact.updated",
      details: {
        email: original.email,
        changes: { lastName: { before: "Fernandez", after: "Garcia" }, phone: { before: "+34 912 345 678", after: null }, emailCategories: { before: ["GENERAL", "BILLING"], after: ["BILLING"] } },
      },
    });
  });

  it("writes no activity when nothing changed", async () => {
    const { account, access } = await ownedAccount();
    const input = contactInput();
    const { id } = await createContact(access, input, client);
    const before = await writes(account.id);
    await updateContact(access, id, input, client);
    expect(await writes(account.id)).toEqual(before);
  });

  it("refuses another contact's address and writes nothing", async () => {
    const { account, access } = await ownedAccount();
    const taken = contactInput();
    await createContact(access, taken, client);
    const mine = contactInput();
    const { id } = await createContact(access, mine, client);

    await expectRefusedWithNothingWritten([account.id], "contactEmailTaken", () => updateContact(access, id, { ...mine, email: taken.email, city: "Sevilla" }, client));
  });

  it("answers not found for another account's contact and leaves it alone", async () => {
    const mine = await ownedAccount();
    const theirs = await ownedAccount();
    const { id } = await createContact(theirs.access, contactInput(), client);

    await expectRefusedWithNothingWritten([mine.account.id, theirs.account.id], "notFound", () => updateContact(mine.access, id, contactInput({ firstName: "Hijacked" }), client));
  });
});

describe("deleting a contact", () => {
  it("removes it and records the deletion", async () => {
    const { account, owner, access } = await ownedAccount();
    const { id } = await createContact(access, contactInput({ firstName: "Pablo", lastName: "Ruiz" }), client);

    await deleteContact(access, id, client);

    expect(await db.contact.findUnique({ where: { id } })).toBeNull();
    expect(await lastActivity(account.id)).toMatchObject({ kind: "contact.deleted", actorId: owner.id, details: { name: "Pablo Ruiz" } });
  });

  it("is refused while the contact is a domain's registrant, naming the domains, and deletes nothing", async () => {
    const { account, access } = await ownedAccount();
    const { id } = await createContact(access, contactInput(), client);
    const suffix = Math.random().toString(36).slice(2, 8);
    await createDomainRow(account.id, `zeta-${suffix}.example`, id);
    await createDomainRow(account.id, `alfa-${suffix}.example`, id);
    await createDomainRow(account.id, `other-${suffix}.example`, null);

    await expectRefusedWithNothingWritten([account.id], "contactIsRegistrant", () => deleteContact(access, id, client));
    const error = await userErrorOf(deleteContact(access, id, client));
    expect(error.values).toEqual({ domains: `alfa-${suffix}.example, zeta-${suffix}.example` });

    await db.domain.updateMany({ where: { registrantContactId: id }, data: { registrantContactId: null } });
    await deleteContact(access, id, client);
    expect(await db.contact.findUnique({ where: { id } })).toBeNull();
  });

  it("answers not found for another account's contact and leaves it alone", async () => {
    const mine = await ownedAccount();
    const theirs = await ownedAccount();
    const { id } = await createContact(theirs.access, contactInput(), client);

    await expectRefusedWithNothingWritten([mine.account.id, theirs.account.id], "notFound", () => deleteContact(mine.access, id, client));
  });
});

describe("activating a contact as sub-account", () => {
  it("invites the contact's address; accepting makes them a member with the grant and links the contact", async () => {
    const { account, access } = await ownedAccount();
    const { id } = await createContact(access, contactInput({ firstName: "Marta", lastName: "Perez" }), client);
    const contact = await db.contact.findUniqueOrThrow({ where: { id } });

    const { invitationId } = await activateContact(access, { contactId: id, grant: { type: "built-in", profile: "BILLING" } }, client);

    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ email: contact.email, contactId: id, builtInProfile: "BILLING", status: "PENDING" });
    expect(await lastActivity(account.id)).toMatchObject({ kind: "contact.activated", details: { email: contact.email } });
    expect((await db.contact.findUniqueOrThrow({ where: { id } })).linkedUserId).toBeNull();

    const user = await createUser({ email: contact.email, name: "Marta Perez" });
    await acceptInvitation(await lastInvitationToken(contact.email), user, client);

    expect((await db.contact.findUniqueOrThrow({ where: { id } })).linkedUserId).toBe(user.id);
    expect(await db.membership.findFirstOrThrow({ where: { accountId: account.id, userId: user.id } })).toMatchObject({ builtInProfile: "BILLING" });
    expect((await listContacts(account.id)).find((c) => c.id === id)?.linkedUser).toEqual({ name: "Marta Perez" });
  });

  it("refuses a contact that is already linked, and writes nothing", async () => {
    const { account, access } = await ownedAccount();
    const { id } = await createContact(access, contactInput(), client);
    const contact = await db.contact.findUniqueOrThrow({ where: { id } });
    await activateContact(access, { contactId: id, grant: { type: "built-in", profile: "TECHNICIAN" } }, client);
    await acceptInvitation(await lastInvitationToken(contact.email), await createUser({ email: contact.email }), client);

    await expectRefusedWithNothingWritten([account.id], "contactAlreadyActivated", () => activateContact(access, { contactId: id, grant: { type: "built-in", profile: "TECHNICIAN" } }, client));
  });

  it("dies with the contact's address: changing the address or deleting the contact revokes a pending activation", async () => {
    for (const change of ["address", "delete"] as const) {
      const { access } = await ownedAccount();
      const { id } = await createContact(access, contactInput(), client);
      const contact = await db.contact.findUniqueOrThrow({ where: { id } });
      const { invitationId } = await activateContact(access, { contactId: id, grant: { type: "built-in", profile: "TECHNICIAN" } }, client);
      const token = await lastInvitationToken(contact.email);

      if (change === "address") await updateContact(access, id, contactInput({ email: uniqueEmail("moved"), categories: "GENERAL" }), client);
      else await deleteContact(access, id, client);

      expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } }), change).toMatchObject({ status: "REVOKED" });
      expect(await failureCode(acceptInvitation(token, await createUser({ email: contact.email }), client)), change).toBe("invitationInvalid");
    }
  });

  it("is revoked when whoever sent it loses contacts.manage, and refused on acceptance if that happened outside the app", async () => {
    const { account, access: ownerAccess } = await ownedAccount();
    const { user, membership } = await addMember(account.id, { customPermissions: ["contacts.manage", "users.manage", "services.view"] });
    const { id } = await createContact(ownerAccess, contactInput(), client);
    const contact = await db.contact.findUniqueOrThrow({ where: { id } });
    const { invitationId } = await activateContact(await accessFor(user, account.id), { contactId: id, grant: { type: "custom", permissions: ["services.view"] } }, client);
    const token = await lastInvitationToken(contact.email);

    await db.membership.update({ where: { id: membership.id }, data: { customPermissions: ["users.manage", "services.view"] } });
    expect(await failureCode(acceptInvitation(token, await createUser({ email: contact.email }), client))).toBe("invitationBeyondInviter");
    expect((await db.contact.findUniqueOrThrow({ where: { id } })).linkedUserId).toBeNull();

    await changeMemberGrant(ownerAccess, { membershipId: membership.id, grant: { type: "custom", permissions: ["users.manage", "services.view"] } }, client);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ status: "REVOKED" });
  });

  it("answers not found for another account's contact and sends nothing", async () => {
    const mine = await ownedAccount();
    const theirs = await ownedAccount();
    const { id } = await createContact(theirs.access, contactInput(), client);

    await expectRefusedWithNothingWritten([mine.account.id, theirs.account.id], "notFound", () => activateContact(mine.access, { contactId: id, grant: { type: "built-in", profile: "TECHNICIAN" } }, client));
  });
});

describe("listing and searching contacts", () => {
  async function bookWithContacts() {
    const { account } = await createAccountWithOwner();
    const tag = Math.random().toString(36).slice(2, 8);
    const contacts = {
      lucia: await createContactRow(account.id, { firstName: "Lucía", lastName: "Fernández", company: "Gestoría Norte", email: `lucia-${tag}@norte.example` }),
      pablo: await createContactRow(account.id, { firstName: "Pablo", lastName: "Ruiz", email: `pablo-${tag}@ruiz.example` }),
      ana: await createContactRow(account.id, { firstName: "Ana", lastName: "Ruiz", company: "Talleres Sur", email: `ana-${tag}@sur.example` }),
    };
    return { account, contacts, tag };
  }
  const names = (rows: { firstName: string }[]) => rows.map((r) => r.firstName);

  it("lists the account's contacts by last name, then first name, and no one else's", async () => {
    const { account } = await bookWithContacts();
    const other = await createAccountWithOwner();
    await createContactRow(other.account.id, { firstName: "Zoe", lastName: "Abad" });

    expect(names(await listContacts(account.id))).toEqual(["Lucía", "Ana", "Pablo"]);
    expect(names(await listContacts(account.id, "   "))).toEqual(["Lucía", "Ana", "Pablo"]);
  });

  it("finds by part of a first name, last name, company or email, whatever the case", async () => {
    const { account, tag } = await bookWithContacts();

    expect(names(await listContacts(account.id, "PAB"))).toEqual(["Pablo"]);
    expect(names(await listContacts(account.id, "ruiz"))).toEqual(["Ana", "Pablo"]);
    expect(names(await listContacts(account.id, "gestoría"))).toEqual(["Lucía"]);
    expect(names(await listContacts(account.id, "TALLERES"))).toEqual(["Ana"]);
    expect(names(await listContacts(account.id, `ANA-${tag}@SUR`))).toEqual(["Ana"]);
    expect(names(await listContacts(account.id, "  sur.example  "))).toEqual(["Ana"]);
    expect(await listContacts(account.id, "nobody-here")).toEqual([]);
  });

  it("never finds another account's contacts, however the search is written", async () => {
    const { account } = await bookWithContacts();
    const other = await createAccountWithOwner();
    await createContactRow(other.account.id, { firstName: "Zoe", lastName: "Abad", email: uniqueEmail("zoe") });

    expect(await listContacts(account.id, "Zoe")).toEqual([]);
    expect(await listContacts(account.id, "Abad")).toEqual([]);
  });

  it("searches for % and _ as the characters they are, not as wildcards", async () => {
    const { account } = await bookWithContacts();
    await createContactRow(account.id, { firstName: "Rosa", lastName: "Vidal", company: "Cien_por_cien 100%" });

    expect(names(await listContacts(account.id, "%"))).toEqual(["Rosa"]);
    expect(names(await listContacts(account.id, "_"))).toEqual(["Rosa"]);
    expect(names(await listContacts(account.id, "n_p"))).toEqual(["Rosa"]);
    expect(await listContacts(account.id, "a%z")).toEqual([]);
    expect(await listContacts(account.id, "\\")).toEqual([]);
  });
});

describe("routing account emails to a contact", () => {
  it("needs the permission to see what a category is about: nobody sends themselves emails they may not read", async () => {
    const { account, access: ownerAccess } = await ownedAccount();
    const { user } = await addMember(account.id, { customPermissions: ["contacts.manage"] });
    const access = await accessFor(user, account.id);
    expect(routableCategories(access)).toEqual(["GENERAL"]);

    await expectRefusedWithNothingWritten([account.id], "categoryNotAllowed", () => createContact(access, contactInput({ email: user.email, categories: "GENERAL,BILLING" }), client));
    const { id } = await createContact(access, contactInput({ email: uniqueEmail("general"), categories: "GENERAL" }), client);
    await expectRefusedWithNothingWritten([account.id], "categoryNotAllowed", () => updateContact(access, id, contactInput({ email: uniqueEmail("x"), categories: "GENERAL,BILLING" }), client));

    // A category someone allowed may be kept by an editor without it.
    const bookkeeper = await createContact(ownerAccess, contactInput({ email: uniqueEmail("books"), categories: "BILLING" }), client);
    const row = await db.contact.findUniqueOrThrow({ where: { id: bookkeeper.id } });
    await updateContact(access, bookkeeper.id, contactInput({ email: row.email, company: "Books & Co", categories: "BILLING" }), client);
    expect((await db.contact.findUniqueOrThrow({ where: { id: bookkeeper.id } })).company).toBe("Books & Co");
  });

  it("changing who receives a category needs its permission: the address of a contact that receives it, turning it off, deleting the contact", async () => {
    const { account, access: ownerAccess } = await ownedAccount();
    const { user } = await addMember(account.id, { customPermissions: ["contacts.manage"] });
    const access = await accessFor(user, account.id);
    const bookkeeper = await createContact(ownerAccess, contactInput({ email: uniqueEmail("books"), categories: "GENERAL,BILLING" }), client);
    const row = await db.contact.findUniqueOrThrow({ where: { id: bookkeeper.id } });
    const as = (overrides: Parameters<typeof contactInput>[0]) => contactInput({ email: row.email, categories: "GENERAL,BILLING", ...overrides });

    // The invoices would go to the editor's own mailbox.
    await expectRefusedWithNothingWritten([account.id], "contactRoutingNotAllowed", () => updateContact(access, bookkeeper.id, as({ email: user.email }), client));
    expect((await userErrorOf(updateContact(access, bookkeeper.id, as({ email: user.email }), client))).values).toEqual({ category: "BILLING" });
    // Nor may they stop the invoices reaching the bookkeeper, by turning the category off or deleting the contact.
    await expectRefusedWithNothingWritten([account.id], "contactRoutingNotAllowed", () => updateContact(access, bookkeeper.id, as({ categories: "GENERAL" }), client));
    await expectRefusedWithNothingWritten([account.id], "contactRoutingNotAllowed", () => deleteContact(access, bookkeeper.id, client));

    // What they may see stays theirs to route: a general-only contact changes address and goes.
    const general = await createContact(access, contactInput({ email: uniqueEmail("general"), categories: "GENERAL" }), client);
    await updateContact(access, general.id, contactInput({ email: uniqueEmail("general2"), categories: "GENERAL" }), client);
    await deleteContact(access, general.id, client);

    // Someone with invoices.view may do all of it.
    await updateContact(ownerAccess, bookkeeper.id, as({ email: uniqueEmail("books2") }), client);
    await deleteContact(ownerAccess, bookkeeper.id, client);
    expect(await db.contact.findUnique({ where: { id: bookkeeper.id } })).toBeNull();
  });
});
