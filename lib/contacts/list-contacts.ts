import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fetchKeysetPage, type KeysetOrder } from "@/lib/pagination/keyset";
import { containsText, parseSearch } from "@/lib/pagination/search";

export const CONTACTS_PAGE_SIZE = 50;

/** By last name, then first name: index `Contact(accountId, lastName, firstName, id)`. */
const ORDER: KeysetOrder<"stringPair", "lastName" | "firstName"> = { field: "lastName", then: "firstName", kind: "stringPair", direction: "asc" };

const CONTACT_ROW = { id: true, firstName: true, lastName: true, company: true, email: true, phone: true, country: true, emailCategories: true, linkedUser: { select: { name: true } } } as const;

function matching(accountId: string, search?: string): Prisma.ContactWhereInput {
  const { term, valid } = parseSearch(search);
  // Control characters match no contact (and NUL cannot even reach PostgreSQL).
  if (!valid) return { accountId, id: { in: [] } };
  return {
    accountId,
    ...(term ? { OR: (["firstName", "lastName", "company", "email"] as const).map((field) => ({ [field]: containsText(term) })) } : {}),
  };
}

/** The account's contacts, optionally matching a search over name, company and email (the domains page's registrant choices). */
export function listContacts(accountId: string, search?: string) {
  return db.contact.findMany({ where: matching(accountId, search), orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], select: CONTACT_ROW });
}

export type ContactListQuery = { search?: string; cursor?: string | string[]; pageSize?: number };

/** One page of the account's contacts by name, optionally matching a search over name, company and email. */
export function listContactsPage(accountId: string, query: ContactListQuery = {}) {
  return fetchKeysetPage({
    filter: matching(accountId, query.search),
    order: ORDER,
    cursor: query.cursor,
    pageSize: query.pageSize ?? CONTACTS_PAGE_SIZE,
    fetch: ({ where, orderBy, take }) => db.contact.findMany({ where, orderBy, take, select: CONTACT_ROW }),
    keyOf: (contact): [string, string] => [contact.lastName, contact.firstName],
  });
}
