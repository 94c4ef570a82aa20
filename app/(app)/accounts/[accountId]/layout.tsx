import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { getAccountAccess, meets } from "@/lib/permissions/account-access";
import { ACCOUNT_SECTIONS } from "@/lib/permissions/account-sections";
import { seatAdmission } from "@/lib/seats/admission";
import { AccountSwitcher } from "@/components/accounts/account-switcher";
import { AccountNav } from "@/components/layout/account-nav";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SeatHeartbeat } from "@/components/seats/seat-heartbeat";
import { SeatsFull } from "@/components/seats/seats-full";
import { SuspendedBanner } from "@/components/accounts/suspended-banner";
import { brandName } from "@/lib/brand/brand";

/**
 * Every page's title within the account: "Invoices · Empresa, S.A. · {provider}". The page
 * gives the first part; a stranger's request gets no account name (the page answers 404).
 */
export async function generateMetadata({ params }: { params: Promise<{ accountId: string }> }): Promise<Metadata> {
  const { accountId } = await params;
  const [access, t] = await Promise.all([getAccountAccess(accountId), getTranslations("app")]);
  if (!access) return {};
  const suffix = `${access.account.legalName} · ${brandName(t("name"))}`;
  return { title: { template: `%s · ${suffix}`, default: suffix } };
}

/**
 * The account area's frame: the account's name, the switcher and the sections this member
 * may open. Each page checks its own requirement too (pages render in parallel with this
 * layout, so the layout's check alone would not guard them).
 */
export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const user = await requireUser();
  const access = await getAccountAccess(accountId);
  if (!access) notFound();
  const [t, accounts] = await Promise.all([getTranslations("accountArea.nav"), listUserAccounts(user.id)]);
  // The sections a person may open in an account: this one's navigation, and where the switcher may keep them in another.
  const sectionsOf = (grant: Parameters<typeof meets>[0]) => ACCOUNT_SECTIONS.filter((section) => section.nav && meets(grant, section.requirement));
  const sections = sectionsOf(access);
  const admission = await seatAdmission(access);
  if (!admission.admitted) {
    return (
      <div className="space-y-6">
        <h1 className="text-xl font-semibold" data-testid="account-name">
          {access.account.legalName}
        </h1>
        <SeatsFull accountId={accountId} accountName={access.account.legalName} limit={admission.limit} holders={admission.holders} canFree={meets(access, "users.manage")} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 pb-4">
        <h1 className="min-w-0 text-xl font-semibold break-words" data-testid="account-name">
          {access.account.legalName}
        </h1>
        <ClientMessages namespaces={["accounts"]}>
          <AccountSwitcher current={accountId} accounts={accounts.map((entry) => ({ id: entry.id, legalName: entry.legalName, sections: sectionsOf(entry).map((section) => section.segment) }))} />
        </ClientMessages>
      </div>
      <ClientMessages namespaces={["layout"]}>
        <AccountNav label={access.account.legalName} items={sections.map((section) => ({ href: `/accounts/${accountId}${section.segment ? `/${section.segment}` : ""}`, label: t(section.label) }))} />
      </ClientMessages>
      {access.account.suspended ? <SuspendedBanner /> : null}
      {children}
      <SeatHeartbeat accountId={accountId} />
    </div>
  );
}
