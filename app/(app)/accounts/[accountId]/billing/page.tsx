import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { loadBillingSettings } from "@/lib/billing/billing-details";
import { activeGateway } from "@/lib/billing/gateways/registry";
import { methodLabel } from "@/lib/billing/method-label";
import { listPaymentMethods } from "@/lib/billing/payment-methods";
import { countryName } from "@/lib/geo/countries";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { PageMessage } from "@/components/ui/page-message";
import { RemoveCardButton } from "@/components/billing/remove-card-button";
import { AddCardForm } from "@/components/billing/add-card-form";
import { AutoPayForm } from "@/components/billing/auto-pay-form";
import { BillingDetailsForm } from "@/components/billing/billing-details-form";
import { CompanyDetailsSummary } from "@/components/billing/company-details-summary";
import { addPaymentMethodAction, setAutoPayAction, setDefaultPaymentMethodAction, updateBillingDetailsAction } from "./actions";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";
import { ActionsHeader } from "@/components/ui/actions-header";

export const generateMetadata = () => sectionTitle("billing");

export default async function BillingPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("billing"));
  const [t, tCompany, tAccounts, locale, settings, methods] = await Promise.all([
    getTranslations("billing"),
    getTranslations("money.companyDetails"),
    getTranslations("accounts.form"),
    getLocale(),
    loadBillingSettings(accountId),
    listPaymentMethods(accountId),
  ]);
  const { invoiceEmails, autoPay, defaultPaymentMethodId, ...details } = settings;

  return (
    <ClientMessages namespaces={["billing.autoPay", "billing.details", "billing.methods"]}>
      <div className="space-y-6">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <PageMessage />
        <Card title={t("details.title")}>
          <p className="mb-4 text-sm text-slate-600">{t("details.intro")}</p>
          <CompanyDetailsSummary
            details={{ ...details, countryName: countryName(details.country, locale) }}
            labels={{ title: tCompany("title"), where: tCompany("where"), taxId: tAccounts("taxId"), edit: tCompany("edit"), askSomeone: tCompany("askSomeone") }}
            editHref={meets(access, "account.edit") ? `/accounts/${accountId}/settings` : null}
          />
          <BillingDetailsForm action={updateBillingDetailsAction} accountId={accountId} initial={{ invoiceEmails: invoiceEmails.join("\n") }} />
        </Card>
        <Card title={t("methods.title")}>
          {methods.length === 0 ? (
            <p className="mb-4 text-sm text-slate-600">{t("methods.empty")}</p>
          ) : (
            <TableScroll label={t("methods.title")}>
            <table className="mb-6 w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-2 font-medium">{t("methods.card")}</th>
                  <th className="py-2 font-medium">{t("methods.holderName")}</th>
                  <th className="py-2 font-medium">{t("methods.expires")}</th>
                  <ActionsHeader />
                </tr>
              </thead>
              <tbody>
                {methods.map((method) => {
                  const label = methodLabel(method);
                  const isDefault = method.id === defaultPaymentMethodId;
                  return (
                    <tr key={method.id} className="border-t border-slate-100" data-testid="payment-method">
                      <td className="py-2 font-medium">
                        {label}
                        {isDefault ? <span className="ml-2 rounded-full bg-blue-50 px-2 py-0.5 text-xs text-blue-800 ring-1 ring-blue-200">{t("methods.default")}</span> : null}
                      </td>
                      <td className="py-2">{method.holderName}</td>
                      <td className="py-2 tabular-nums">
                        {String(method.expMonth).padStart(2, "0")}/{method.expYear}
                      </td>
                      <td className="space-x-3 py-2 text-right">
                        {isDefault ? null : <SmallActionForm action={setDefaultPaymentMethodAction} fields={{ accountId, methodId: method.id }} label={t("methods.makeDefault")} ariaLabel={t("methods.makeDefaultOf", { method: label })} />}
                        <RemoveCardButton accountId={accountId} methodId={method.id} label={label} isDefault={isDefault} autoPay={autoPay} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            </TableScroll>
          )}
          <h3 className="mb-3 font-semibold">{t("methods.addTitle")}</h3>
          <AddCardForm action={addPaymentMethodAction} accountId={accountId} testCardsHint={activeGateway().id === "demo" ? t("methods.testCards") : null} />
        </Card>
        <Card title={t("autoPay.title")}>
          <p className="mb-3 text-sm text-slate-600">{defaultPaymentMethodId ? t("autoPay.intro") : t("autoPay.needsDefault")}</p>
          <AutoPayForm action={setAutoPayAction} accountId={accountId} autoPay={autoPay} />
        </Card>
      </div>
    </ClientMessages>
  );
}
