import "server-only";
import { db } from "@/lib/db";

/** The account's contacts, optionally matching a search over name, company and email. */
export function listContacts(accountId: string, search?: string) {
  const term = search?.trim().slice(0, 100);
  return db.contact.findMany({
    where: {
      accountId,
      ...(term
        ? {
            OR: ["firstName", "lastName", "company", "email"].map((field) => ({ [field]: { contains: term, mode: "insensitive" as const } })),
          }
        : {}),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, company: true, email: true, phone: true, country: true, emailCategories: true, linkedUser: { select: { name: true } } },
  });
}
