import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getAccountAccess, meets } from "@/lib/permissions/account-access";
import { ACCOUNT_SECTIONS, sectionRequirement, type AccountSection } from "@/lib/permissions/account-sections";

/**
 * The first part of an account page's title ("Invoices"); the account layout adds the
 * account's and the provider's names.
 */
export async function sectionTitle(label: AccountSection["label"]): Promise<Metadata> {
  const t = await getTranslations("accountArea.nav");
  return { title: t(label) };
}

/**
 * A record page's title ("INV-2026-000042 · Invoices"), or none. The record is read only for a
 * member who may open the page, the same check the page makes: a title is no side door to a
 * name the page would refuse.
 */
export async function recordTitle(accountId: string, segment: AccountSection["segment"], load: () => Promise<string | null>): Promise<Metadata> {
  const access = await getAccountAccess(accountId);
  if (!access || !meets(access, sectionRequirement(segment))) return {};
  const [name, t] = await Promise.all([load(), getTranslations("accountArea.nav")]);
  const label = ACCOUNT_SECTIONS.find((section) => section.segment === segment)!.label;
  return name ? { title: `${name} · ${t(label)}` } : {};
}
