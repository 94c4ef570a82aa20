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
import { emitWebhookEvent } from "@/lib/webhooks/emit";

function columns({ categories, ...fields }: TContact) {
  return { ...fields, emailCategories: categories };
}

/**
 * A contact receives account emails of its categories, so who receives a category is decided
 * only by someone who may see what it is about (CATEGORY_PERMISSION, the map the routing uses):
 * adding the category to a contact, turning it off, changing the address of a contact that
 * receives it, and deleting that contact all need the category's permission. Otherwise a
 * member without invoices.view could send the invoices to themselves by editing the
 * bookkeeper's address, or quietly stop them reaching the bookkeeper. The other fields stay
 * free for anyone with contacts.manage.
 */
function assertMayRoute(access: AccountAccess, change: { before?: { email: string; categories: readonly EmailCategory[] }; after?: { email: string; categories: readonly EmailCategory[] } }): void {
  const may = (category: EmailCategory) => access.permissions.has(CATEGORY_PERMISSION[category]);
  const before = change.before?.categories ?? [];
  const after = change.after?.categories ?? [];
  for (const category of after) if (!before.includes(category) && !may(category)) throw new UserError("categoryNotAllowed", { category });
  for (const category of before) if (!after.includes(category) && !may(category)) throw new UserError("contactRoutingNotAllowed", { category });
  if (change.before && change.after && change.before.email !== change.after.email) {
    for (const category of after) if (!may(category)) throw new UserError("contactRoutingNotAllowed", { category });
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
  assertMayRoute(access, { after: { email: input.email, categories: input.categories } });
  return withUniqueEmail(input.email, () =>
    db.$transaction(async (tx) => {
      const contact = await tx.contact.create({ data: { accountId: access.account.id, ...columns(input) }, select: { id: true } });
      await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "contact.created", client, details: { email: input.email, name: `${input.firstName} ${input.lastName}` } });
      await emitWebhookEvent(tx, { type: "contact.created", data: { accountId: access.account.id, contactId: contact.id, email: input.email } });
      return contact;
    }),
  );
}

export async function updateContact(access: AccountAccess, contactId: string, input: TContact, client: ClientInfo): Promise<void> {
  await withUniqueEmail(input.email, () =>
    db.$transaction(async (tx) => {
      const before = await findContact(tx, access.account.id, contactId);
      assertMayRoute(access, { before: { email: before.email, categories: before.emailCategories }, after: { email: input.email, categories: input.categories } });
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

/**
 * Refused while the contact is the registrant of a domain, naming the domains, and for a
 * contact receiving a category the deleter may not see (assertMayRoute).
 */
export async function deleteContact(access: AccountAccess, contactId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const contact = await findContact(tx, access.account.id, contactId);
    assertMayRoute(access, { before: { email: contact.email, categories: contact.emailCategories } });
    const domains = await tx.domain.findMany({ where: { registrantContactId: contact.id }, select: { name: true }, orderBy: { name: "asc" } });
    if (domains.length) throw new UserError("contactIsRegistrant", { domains: domains.map((d) => d.name).join(", ") });
    await revokeActivation(tx, access, contact.id, client);
    await tx.contact.delete({ where: { id: contact.id } });
    await recordActivity(tx, { accountId: access.account.id, actorId: access.user.id, kind: "contact.deleted", client, details: { email: contact.email, name: `${contact.firstName} ${contact.lastName}` } });
  });
}
