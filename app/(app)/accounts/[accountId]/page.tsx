import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { accountOverview } from "@/lib/accounts/overview";
import { formatMoney } from "@/lib/invoices/money";
import type { StatusTotals } from "@/lib/invoices/invoice-totals";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { profileRef } from "@/lib/permissions/profile-ref";
import { Card } from "@/components/ui/card";
import { profileLabel } from "@/components/accounts/profile-label";
import { OverdueBanner } from "@/components/invoices/overdue-banner";
import { SetupStepsCard } from "@/components/accounts/setup-steps-card";
import { setupSteps } from "@/lib/accounts/setup-steps";
import { overviewTitle } from "@/lib/navigation/page-title";

/** "€1,210.00 + $40.00": amounts of different currencies are listed, never added. */
function amounts(totals: StatusTotals, locale: string): string {
  return totals.amounts.map((entry) => formatMoney(entry.amountMinor, entry.currency, locale)).join(" + ");
}

function Figure({ href, label, testId }: { href: string; label: string; testId: string }) {
  return (
    <Link href={href} className="block rounded border border-slate-200 bg-white p-4 text-sm hover:border-blue-400" data-testid={testId}>
      {label}
    </Link>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ accountId: string }> }) {
  return overviewTitle((await params).accountId);
}

export default async function AccountOverviewPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement(""));
  const [t, tOverdue, locale, overview, steps] = await Promise.all([getTranslations("accountArea.overview"), getTranslations("money.overdue"), getLocale(), accountOverview(access), setupSteps(access)]);
  const profile = await profileLabel(profileRef(access));
  const base = `/accounts/${accountId}`;
  const { invoices } = overview;
  const overdue = invoices !== null && invoices.overdue.count > 0 && meets(access, "invoices.pay") ? invoices.overdue : null;
  return (
    <div className="space-y-6">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {overdue ? (
        <OverdueBanner
          title={tOverdue("title", { count: overdue.count })}
          body={tOverdue("body", { amount: amounts(overdue, locale) })}
          payNow={tOverdue("payNow")}
          href={`${base}/invoices?status=overdue`}
        />
      ) : null}
      <p className="text-sm text-slate-700" data-testid="your-profile">
        {t("youAre", { profile })}
      </p>
      <SetupStepsCard accountId={accountId} accountName={access.account.legalName} steps={steps} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {overview.services !== null ? <Figure href={`${base}/services`} testId="overview-services" label={t("activeServices", { count: overview.services })} /> : null}
        {overview.domainsExpiringSoon !== null ? (
          <Figure href={`${base}/domains`} testId="overview-domains" label={t("domainsExpiringSoon", { count: overview.domainsExpiringSoon })} />
        ) : null}
        {invoices !== null ? (
          <Figure
            href={`${base}/invoices?status=unpaid`}
            testId="overview-invoices"
            label={
              invoices.unpaid.count === 0
                ? t("nothingToPay")
                : t("unpaidInvoices", { count: invoices.unpaid.count, amount: amounts(invoices.unpaid, locale), overdue: invoices.overdue.count })
            }
          />
        ) : null}
        {overview.openTickets !== null ? <Figure href={`${base}/support`} testId="overview-tickets" label={t("openTickets", { count: overview.openTickets })} /> : null}
        {overview.members !== null ? (
          <Figure href={`${base}/users`} testId="overview-members" label={`${t("members", { count: overview.members })} · ${t("pendingInvitations", { count: overview.pendingInvitations ?? 0 })}`} />
        ) : null}
      </div>
      {/* Shortcuts to the usual work; what is left to set up is the setup card above. */}
      <Card title={t("quickLinks")}>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {meets(access, "users.manage") ? (
            <li>
              <Link href={`${base}/users`} className="text-blue-700 underline">
                {t("inviteSomeone")}
              </Link>
            </li>
          ) : null}
          {meets(access, "support.open") ? (
            <li>
              <Link href={`${base}/support/new`} className="text-blue-700 underline">
                {t("openTicket")}
              </Link>
            </li>
          ) : null}
          {meets(access, "audit.view") ? (
            <li>
              <Link href={`${base}/activity`} className="text-blue-700 underline">
                {t("reviewActivity")}
              </Link>
            </li>
          ) : null}
        </ul>
      </Card>
    </div>
  );
}
