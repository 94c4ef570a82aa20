import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { getAccountAccess, meets } from "@/lib/permissions/account-access";
import { ACCOUNT_SECTIONS } from "@/lib/permissions/account-sections";
import { seatAdmission } from "@/lib/seats/admission";
import { AccountSwitcher } from "@/components/accounts/account-switcher";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SeatHeartbeat } from "@/components/seats/seat-heartbeat";
import { SeatsFull } from "@/components/seats/seats-full";
import { SuspendedBanner } from "@/components/accounts/suspended-banner";

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
  const sections = ACCOUNT_SECTIONS.filter((section) => section.nav && meets(access, section.requirement));
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
        <h1 className="text-xl font-semibold" data-testid="account-name">
          {access.account.legalName}
        </h1>
        <ClientMessages namespaces={["accounts"]}>
          <AccountSwitcher current={accountId} accounts={accounts} />
        </ClientMessages>
      </div>
      <nav aria-label={access.account.legalName} className="flex flex-wrap gap-4 text-sm">
        {sections.map((section) => (
          <Link key={section.segment} href={`/accounts/${accountId}${section.segment ? `/${section.segment}` : ""}`} className="font-medium text-slate-700 hover:text-blue-700">
            {t(section.label)}
          </Link>
        ))}
      </nav>
      {access.account.suspended ? <SuspendedBanner /> : null}
      {children}
      <SeatHeartbeat accountId={accountId} />
    </div>
  );
}
