import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

/** One contact of the account with what its page shows, or null (another account's id included). */
export async function contactDetails(accountId: string, contactId: string) {
  if (!isUuid(contactId)) return null;
  const contact = await db.contact.findFirst({
    where: { id: contactId, accountId },
    select: {
      firstName: true,
      lastName: true,
      company: true,
      email: true,
      phone: true,
      addressLine1: true,
      addressLine2: true,
      city: true,
      region: true,
      postcode: true,
      country: true,
      locale: true,
      emailCategories: true,
      linkedUser: { select: { name: true } },
    },
  });
  if (!contact) return null;
  const { emailCategories, linkedUser, ...fields } = contact;
  const profiles = await db.accountProfile.findMany({ where: { accountId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return {
    fields,
    formValues: { ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value ?? ""])), categories: emailCategories },
    linkedUserName: linkedUser?.name ?? null,
    profiles,
  };
}
