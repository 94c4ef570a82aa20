import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { hasInvoices, loadAccountDetails } from "@/lib/accounts/update-account";
import { countryOptions } from "@/lib/geo/countries";
import { CURRENCIES } from "@/lib/geo/currencies";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { AccountForm } from "@/components/accounts/account-form";
import { pendingTransfer } from "@/lib/accounts/ownership-transfer";
import { listMemberNames } from "@/lib/members/list-members";
import { seatUsage } from "@/lib/seats/seats";
import { SeatHolders } from "@/components/seats/seat-holders";
import { CloseAccountForm, LeaveAccountButton, StartTransferForm } from "@/components/accounts/ownership-section";
import { acceptTransferAction, cancelTransferAction, updateAccountDetailsAction } from "./actions";
import { sectionTitle } from "@/lib/navigation/page-title";

export const generateMetadata = () => sectionTitle("settings");

export default async function AccountSettingsPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("settings"));
  const [t, tAccounts, tMembers, details, locale, currencyLocked] = await Promise.all([
    getTranslations("settings"),
    getTranslations("accounts"),
    getTranslations("members"),
    loadAccountDetails(accountId),
    getLocale(),
    hasInvoices(accountId),
  ]);
  const countries = countryOptions(locale);
  const canManageSeats = meets(access, "users.manage");
  const [transfer, members, seats, tSeats] = await Promise.all([pendingTransfer(accountId), listMemberNames(accountId), canManageSeats ? seatUsage(accountId) : null, getTranslations("seats")]);
  const nameOf = (userId: string) => members.find((m) => m.userId === userId)?.user.name ?? "";
  const format = await getFormatter();
  const initial = Object.fromEntries(Object.entries(details).map(([key, value]) => [key, value ?? ""]));

  return (
    <ClientMessages namespaces={["accounts", "members", "settings", "money.currency"]}>
      <div className="space-y-6">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <Card title={t("details")}>
          {meets(access, "account.edit") ? (
            <AccountForm
              action={updateAccountDetailsAction}
              accountId={accountId}
              initial={initial}
              countries={countries} currencies={CURRENCIES}
              submitLabel={tAccounts("form.submitSave")}
              lockedCurrency={currencyLocked ? details.currency : null}
            />
          ) : (
            <div className="space-y-2 text-sm">
              <p className="text-slate-600">{t("readOnly")}</p>
              <p data-testid="account-details">
                {details.legalName}
                {details.taxId ? ` · ${details.taxId}` : ""} · {[details.addressLine1, details.addressLine2, `${details.postcode} ${details.city}`, details.region, countries.find((c) => c.code === details.country)?.name].filter(Boolean).join(", ")} ·{" "}
                {details.currency}
              </p>
            </div>
          )}
        </Card>
        {seats ? (
          <Card title={tSeats("title")}>
            <div className="space-y-3" data-testid="seat-usage">
              <p className="text-sm">{seats.limit === null ? tSeats("unlimited") : tSeats("usage", { used: seats.holders.length, limit: seats.limit })}</p>
              <SeatHolders accountId={accountId} holders={seats.holders} canFree />
            </div>
          </Card>
        ) : null}
        <Card title={t("ownership")}>
          <div className="space-y-4 text-sm">
            <p data-testid="owner-name">{t("ownerIs", { name: nameOf(access.account.ownerId) })}</p>
            {transfer ? <p data-testid="pending-transfer">{t("pending", { name: nameOf(transfer.toUserId), date: format.dateTime(transfer.expiresAt, { dateStyle: "medium" }) })}</p> : null}
            {transfer && access.isOwner ? <SmallActionForm action={cancelTransferAction} fields={{ accountId }} label={t("cancelTransfer")} variant="secondary" /> : null}
            {transfer && transfer.toUserId === access.user.id ? (
              <div className="space-y-2 rounded-md border border-blue-200 bg-blue-50 p-4">
                <p>{t("offerForYou", { name: nameOf(transfer.fromUserId) })}</p>
                <SmallActionForm action={acceptTransferAction} fields={{ accountId }} label={t("acceptTransfer")} variant="primary" />
              </div>
            ) : null}
            {!transfer && access.isOwner ? (
              <>
                <p className="text-slate-600">{t("transferIntro")}</p>
                <StartTransferForm accountId={accountId} members={members.filter((m) => m.userId !== access.user.id).map((m) => ({ id: m.id, name: m.user.name, email: m.user.email }))} />
              </>
            ) : null}
          </div>
        </Card>
        {access.isOwner ? (
          <Card title={t("close")}>
            <CloseAccountForm accountId={accountId} accountName={access.account.legalName} />
          </Card>
        ) : null}
        {!access.isOwner ? (
          <Card title={tMembers("leave")}>
            <p className="mb-3 text-sm text-slate-600">{tMembers("leaveIntro")}</p>
            <LeaveAccountButton accountId={accountId} accountName={access.account.legalName} />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
