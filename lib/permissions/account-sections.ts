import type { Requirement } from "./account-access";

/**
 * Every page of the account area with what it requires. The layout's navigation shows a
 * section only to members who meet it, the page itself checks it, and the permission
 * matrix test requests every page here for every built-in profile; a page folder that is
 * not listed here fails that test.
 */
export const ACCOUNT_SECTIONS = [
  { segment: "", label: "overview", requirement: "account.view", nav: true },
  { segment: "contacts", label: "contacts", requirement: "contacts.view", nav: true },
  { segment: "contacts/new", label: "contacts", requirement: "contacts.manage", nav: false },
  { segment: "contacts/[contactId]", label: "contacts", requirement: "contacts.view", nav: false },
  { segment: "users", label: "users", requirement: "users.view", nav: true },
  { segment: "emails", label: "emails", requirement: "emails.view", nav: true },
  { segment: "activity", label: "activity", requirement: "audit.view", nav: true },
  { segment: "settings", label: "settings", requirement: "account.view", nav: true },
] as const satisfies readonly { segment: string; label: string; requirement: Requirement; nav: boolean }[];

export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

export function sectionRequirement(segment: AccountSection["segment"]): Requirement {
  return ACCOUNT_SECTIONS.find((section) => section.segment === segment)!.requirement;
}
