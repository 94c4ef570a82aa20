import type { Requirement } from "./account-access";

/**
 * Every page of the account area with what it requires. The layout's navigation shows a
 * section only to members who meet it, the page itself checks it, and the permission
 * matrix test requests every page here for every built-in profile; a page folder that is
 * not listed here fails that test.
 */
export const ACCOUNT_SECTIONS = [
  { segment: "", label: "overview", requirement: "account.view" },
  { segment: "users", label: "users", requirement: "users.view" },
  { segment: "activity", label: "activity", requirement: "audit.view" },
  { segment: "settings", label: "settings", requirement: "account.view" },
] as const satisfies readonly { segment: string; label: string; requirement: Requirement }[];

export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

export function sectionRequirement(segment: AccountSection["segment"]): Requirement {
  return ACCOUNT_SECTIONS.find((section) => section.segment === segment)!.requirement;
}
