import type { Requirement } from "./account-access";

/** Who may open the order pages: a member who may order plans or domains (each item checks its own key). */
export const ORDERING = { anyOf: ["services.order", "domains.order"] } as const satisfies Requirement;

/**
 * Every page of the account area with what it requires. The layout's navigation shows a
 * section only to members who meet it, the page itself checks it, and the permission
 * matrix test requests every page here for every built-in profile; a page folder that is
 * not listed here fails that test.
 */
export const ACCOUNT_SECTIONS = [
  { segment: "", label: "overview", requirement: "account.view", nav: true },
  { segment: "services", label: "services", requirement: "services.view", nav: true },
  { segment: "services/[serviceId]", label: "services", requirement: "services.view", nav: false },
  { segment: "domains", label: "domains", requirement: "domains.view", nav: true },
  { segment: "invoices", label: "invoices", requirement: "invoices.view", nav: true },
  { segment: "invoices/[invoiceId]", label: "invoices", requirement: "invoices.view", nav: false },
  { segment: "billing", label: "billing", requirement: "billing.manage", nav: true },
  { segment: "support", label: "support", requirement: "support.view", nav: true },
  { segment: "support/new", label: "support", requirement: "support.open", nav: false },
  { segment: "support/[ticketId]", label: "support", requirement: "support.view", nav: false },
  { segment: "contacts", label: "contacts", requirement: "contacts.view", nav: true },
  { segment: "contacts/new", label: "contacts", requirement: "contacts.manage", nav: false },
  { segment: "contacts/[contactId]", label: "contacts", requirement: "contacts.view", nav: false },
  { segment: "users", label: "users", requirement: "users.view", nav: true },
  { segment: "emails", label: "emails", requirement: "emails.view", nav: true },
  { segment: "activity", label: "activity", requirement: "audit.view", nav: true },
  { segment: "settings", label: "settings", requirement: "account.view", nav: true },
  // Ordering: services.order for plans, domains.order for domains; either opens the pages.
  { segment: "order", label: "order", requirement: ORDERING, nav: true },
  { segment: "cart", label: "cart", requirement: ORDERING, nav: false },
  { segment: "orders", label: "orders", requirement: ORDERING, nav: true },
  { segment: "orders/[orderId]", label: "orders", requirement: ORDERING, nav: false },
] as const satisfies readonly { segment: string; label: string; requirement: Requirement; nav: boolean }[];

export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

export function sectionRequirement(segment: AccountSection["segment"]): Requirement {
  return ACCOUNT_SECTIONS.find((section) => section.segment === segment)!.requirement;
}
