import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { EmailCategory } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { readUnsubscribeToken } from "./unsubscribe-token";

/** The user's email categories in each open (active or suspended) account they belong to: their own setting, not a change of the account. */
export async function listUserPreferences(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId, account: { status: { in: ["ACTIVE", "SUSPENDED"] } } },
    orderBy: { account: { legalName: "asc" } },
    select: { emailCategories: true, account: { select: { id: true, legalName: true, ownerId: true } } },
  });
  return memberships.map((m) => ({ accountId: m.account.id, legalName: m.account.legalName, isOwner: m.account.ownerId === userId, categories: m.emailCategories }));
}

/** A member sets their own categories in one account; another account's id is "not found". */
export async function updateMemberPreferences(user: { id: string }, accountId: string, categories: EmailCategory[], client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { accountId, userId: user.id, account: { status: { in: ["ACTIVE", "SUSPENDED"] } } }, select: { id: true, emailCategories: true } });
    if (!membership) throw new UserError("notFound");
    await tx.membership.update({ where: { id: membership.id }, data: { emailCategories: categories } });
    await recordActivity(tx, { accountId, actorId: user.id, subjectId: user.id, kind: "preferences.updated", client, details: { before: membership.emailCategories, after: categories } });
  });
}

/** What an unsubscribe link points at, for the page to show before anything changes. */
export async function inspectUnsubscribe(token: string) {
  const parsed = readUnsubscribeToken(token);
  if (!parsed) return null;
  const contact = await db.contact.findUnique({ where: { id: parsed.contactId }, select: { email: true, emailCategories: true, account: { select: { legalName: true } } } });
  if (!contact) return null;
  return { email: contact.email, accountName: contact.account.legalName, category: parsed.category, subscribed: contact.emailCategories.includes(parsed.category) };
}

/** A contact stops one category through the signed link in an email. */
export async function unsubscribeContact(token: string): Promise<void> {
  const parsed = readUnsubscribeToken(token);
  if (!parsed) throw new UserError("unsubscribeLinkInvalid");
  await db.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({ where: { id: parsed.contactId }, select: { id: true, accountId: true, email: true, emailCategories: true } });
    if (!contact) throw new UserError("unsubscribeLinkInvalid");
    const categories = contact.emailCategories.filter((category) => category !== parsed.category);
    await tx.contact.update({ where: { id: contact.id }, data: { emailCategories: categories } });
    await recordActivity(tx, { accountId: contact.accountId, actorId: null, kind: "contact.updated", client: null, details: { email: contact.email, unsubscribed: parsed.category } });
  });
}
