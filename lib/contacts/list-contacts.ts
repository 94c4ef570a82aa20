import "server-only";
import { db } from "@/lib/db";
import { isSingleLinePlainText } from "@/lib/validation/plain-text";

/** The account's contacts, optionally matching a search over name, company and email. */
export function listContacts(accountId: string, search?: string) {
  const term = search?.trim().slice(0, 100);
  // Control characters match no contact (and NUL cannot even reach PostgreSQL).
  if (term && !isSingleLinePlainText(term)) return Promise.resolve([]);
  // Prisma's `contains` becomes ILIKE '%term%' without escaping: a typed % or _ would match anything.
  const pattern = term?.replace(/[\\%_]/g, "\\$&");
  return db.contact.findMany({
    where: {
      accountId,
      ...(term
        ? {
            OR: ["firstName", "lastName", "company", "email"].map((field) => ({ [field]: { contains: pattern, mode: "insensitive" as const } })),
          }
        : {}),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, company: true, email: true, phone: true, country: true, emailCategories: true, linkedUser: { select: { name: true } } },
  });
}
