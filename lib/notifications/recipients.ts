import "server-only";
import type { db } from "@/lib/db";
import type { EmailCategory, Prisma } from "@/lib/generated/prisma/client";
import { CATEGORY_PERMISSION } from "@/lib/email/categories";
import { resolvePermissions } from "@/lib/permissions/resolve";

type Client = Prisma.TransactionClient | typeof db;

export type AccountRecipient = { email: string; name: string; locale: string } & ({ kind: "owner" | "member"; userId: string } | { kind: "contact"; contactId: string });

/**
 * Who receives an account email of a category: the owner always; members whose preferences
 * include the category and who hold the permission to see what it is about (billing only
 * with invoices.view, …); contacts whose preferences include it. Each address once: a
 * member's copy wins over a contact's with the same address.
 */
export async function accountRecipients(client: Client, accountId: string, category: EmailCategory): Promise<AccountRecipient[]> {
  const account = await client.clientAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      ownerId: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: {
          userId: true,
          builtInProfile: true,
          customPermissions: true,
          emailCategories: true,
          profile: { select: { permissions: true } },
          user: { select: { email: true, name: true, locale: true } },
        },
      },
      contacts: { where: { emailCategories: { has: category } }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, firstName: true, lastName: true, locale: true } },
    },
  });

  const recipients = new Map<string, AccountRecipient>();
  for (const member of account.memberships) {
    const isOwner = member.userId === account.ownerId;
    const permissions = resolvePermissions({ builtInProfile: member.builtInProfile, profilePermissions: member.profile?.permissions ?? null, customPermissions: member.customPermissions }, isOwner);
    const wanted = isOwner || (member.emailCategories.includes(category) && permissions.has(CATEGORY_PERMISSION[category]));
    if (wanted && !recipients.has(member.user.email)) recipients.set(member.user.email, { ...member.user, kind: isOwner ? "owner" : "member", userId: member.userId });
  }
  for (const contact of account.contacts) {
    if (!recipients.has(contact.email)) recipients.set(contact.email, { email: contact.email, name: `${contact.firstName} ${contact.lastName}`, locale: contact.locale, kind: "contact", contactId: contact.id });
  }
  return [...recipients.values()];
}
