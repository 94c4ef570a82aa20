import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { UserError } from "@/lib/errors/user-error";
import type { EmailCategory, Prisma } from "@/lib/generated/prisma/client";
import { CATEGORY_PERMISSION, EMAIL_CATEGORIES } from "@/lib/email/categories";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import type { TContact } from "./schemas";

function columns({ categories, ...fields }: TContact) {
  return { ...fields, emailCategories: categories };
}

/**
 * A contact receives account emails of its categories, so adding a category routes those
 * emails to an address of the editor's choosing: only someone who may see what the category
 * is about may add it (a member without invoices.view cannot send the invoices to themselves).
 */
function assertMayRoute(access: AccountAccess, categories: readonly EmailCategory[], already: readonly EmailCategory[] = []): void {
  for (const category of categories) {
    if (!already.includes(category) && !access.permissions.has(CATEGORY_PERMISSION[category])) throw new UserError("categoryNotAllowed", { category });
  }
}

/**
 * An activation invitation names the contact's address as it was: when the address changes or
 * the contact is deleted, it is revoked in the same transaction, so the old mailbox cannot
 * become a member linked to a contact it no longer is.
 */
async function revokeActivation(tx: Prisma.TransactionClient, access: AccountAccess, contactId: string, client: ClientInfo): Promise<void> {
  const pending = await tx.invitation.findMany({ where: { accountId: access.account.id, contactId, status: "PENDING" }, select: { id: true, email: true } });
  for (const invitation of pending) {
    await tx.invitation.update({ where: { id: invitation.id }, data: { status: "REVOKED", revokedAt: new Date() } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "invitation.revoked", client, details: { email: invitation.email, reason: "contactChanged" } });
  }
}

/** The categories this member may give a contact (for the form's defaults). */
export function routableCategories(access: AccountAccess): EmailCategory[] {
  return EMAIL_CATEGORIES.filter((category) => access.permissions.has(CATEGORY_PERMISSION[category]));
}

/** One address once per account: the unique index decides, also under a race. */
async function withUniqueEmail<T>(email: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("contactEmailTaken", { email });
    throw error;
  }
}

/** The contact, looked up inside the account: another account's contact id is "not found". */
export async function findContact(client: Prisma.TransactionClient | typeof db, accountId: string, contactId: string) {
  const contact = await client.contact.findFirst({ where: { id: contactId, accountId } });
  if (!contact) throw new UserError("notFound");
  return contact;
}

export async function createContact(access: AccountAccess, input: TContact, client: ClientInfo) {
  assertMayRoute(access, input.categories);
  return withUniqueEmail(input.email, () =>
    db.$transaction(async (tx) => {
      const contact = await tx.contact.create({ data: { accountId: access.account.id, ...columns(input) }, select: { id: true } });
      await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "contact.created", client, details: { email: input.email, name: `${input.firstName} ${input.lastName}` } });
      return contact;
    }),
  );
}

export async function updateContact(access: AccountAccess, contactId: string, input: TContact, client: ClientInfo): Promise<void> {
  await withUniqueEmail(input.email, () =>
    db.$transaction(async (tx) => {
      const before = await findContact(tx, access.account.id, contactId);
      assertMayRoute(access, input.categories, before.emailCategories);
      const after = columns(input);
      const changes = Object.fromEntries(
        (Object.keys(after) as (keyof typeof after)[])
          .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
          .map((key) => [key, { before: before[key], after: after[key] }]),
      );
      if (Object.keys(changes).length === 0) return;
      await tx.contact.update({ where: { id: before.id }, data: after });
      if (before.email !== after.email) await revokeActivation(tx, access, before.id, client);
      await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "contact.updated", client, details: { email: before.email, changes } });
    }),
  );
}

/** Refused while the contact is the registrant of a domain, naming the domains. */
export async function deleteContact(access: AccountAccess, contactId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const contact = await findContact(tx, access.account.id, contactId);
    const domains = await tx.domain.findMany({ where: { registrantContactId: contact.id }, select: { name: true }, orderBy: { name: "asc" } });
    if (domains.length) throw new UserError("contactIsRegistrant", { domains: domains.map((d) => d.name).join(", ") });
    await revokeActivation(tx, access, contact.id, client);
    await tx.contact.delete({ where: { id: contact.id } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "contact.deleted", client, details: { email: contact.email, name: `${contact.firstName} ${contact.lastName}` } });
  });
}
