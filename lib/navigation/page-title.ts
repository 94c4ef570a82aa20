import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { brandName } from "@/lib/brand/brand";
import { seatAdmission } from "@/lib/seats/admission";
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
 * The overview's title in full: it shares its segment with the account layout, and a
 * layout's title template applies only to the segments below it.
 */
export async function overviewTitle(accountId: string): Promise<Metadata> {
  const [access, t] = await Promise.all([getAccountAccess(accountId), getTranslations()]);
  if (!access) return {};
  return { title: { absolute: [t("accountArea.nav.overview"), access.account.legalName, brandName(t("app.name"))].join(" · ") } };
}

/**
 * A record page's title ("INV-2026-000042 · Invoices"), or none. The record is read only for a
 * member who may open the page and holds a seat, the same checks the page makes: a title is
 * no side door to a name the page would refuse.
 */
export async function recordTitle(accountId: string, segment: AccountSection["segment"], load: () => Promise<string | null>): Promise<Metadata> {
  const access = await getAccountAccess(accountId);
  if (!access || !meets(access, sectionRequirement(segment))) return {};
  // A member refused a seat gets the "all seats in use" page and none of the page's data: no record name either.
  if (!(await seatAdmission(access)).admitted) return {};
  const [name, t] = await Promise.all([load(), getTranslations("accountArea.nav")]);
  const label = ACCOUNT_SECTIONS.find((section) => section.segment === segment)!.label;
  return name ? { title: `${name} · ${t(label)}` } : {};
}
