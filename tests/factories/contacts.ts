import { db } from "@/lib/db";
import { EMAIL_CATEGORIES } from "@/lib/email/categories";
import type { EmailCategory } from "@/lib/generated/prisma/client";
import { ZContact, type TContact } from "@/lib/contacts/schemas";
import { createDomain } from "./domains";
import { uniqueEmail } from "./users";

/** What the contact form sends, parsed as the action parses it (so emails are normalised). */
export function contactInput(overrides: Partial<Record<keyof TContact, string>> = {}): TContact {
  return ZContact.parse({
    firstName: "Lucia",
    lastName: "Fernandez",
    company: "Gestoria Fernandez",
    email: uniqueEmail("contact"),
    phone: "+34 912 345 678",
    addressLine1: "Calle Alcala 10",
    city: "Madrid",
    postcode: "28014",
    country: "ES",
    categories: EMAIL_CATEGORIES.join(","),
    ...overrides,
  });
}

/** A contact straight in the database; every category unless told otherwise. */
export function createContactRow(accountId: string, options: { email?: string; categories?: EmailCategory[]; firstName?: string; lastName?: string; company?: string } = {}) {
  return db.contact.create({
    data: {
      accountId,
      firstName: options.firstName ?? "Contact",
      lastName: options.lastName ?? "Person",
      company: options.company ?? null,
      email: options.email ?? uniqueEmail("contact"),
      country: "ES",
      emailCategories: options.categories ?? [...EMAIL_CATEGORIES],
    },
  });
}

/** A domain of the account, optionally with its registrant. */
export function createDomainRow(accountId: string, name: string, registrantContactId: string | null = null) {
  return createDomain(accountId, { name, registrantContactId });
}
