import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { loadBillingSettings } from "@/lib/billing/billing-details";
import { activeGateway } from "@/lib/billing/gateways/registry";
import { methodLabel } from "@/lib/billing/method-label";
import { listPaymentMethods } from "@/lib/billing/payment-methods";
import { countryOptions } from "@/lib/geo/countries";
import { requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { AddCardForm } from "@/components/billing/add-card-form";
import { AutoPayForm } from "@/components/billing/auto-pay-form";
import { BillingDetailsForm } from "@/components/billing/billing-details-form";
import { addPaymentMethodAction, removePaymentMethodAction, setAutoPayAction, setDefaultPaymentMethodAction, updateBillingDetailsAction } from "./actions";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";
import { ActionsHeader } from "@/components/ui/actions-header";

export const generateMetadata = () => sectionTitle("billing");

export default async function BillingPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  await requireAccountPage(accountId, sectionRequirement("billing"));
  const [t, locale, settings, methods] = await Promise.all([getTranslations("billing"), getLocale(), loadBillingSettings(accountId), listPaymentMethods(accountId)]);
  const { invoiceEmails, autoPay, defaultPaymentMethodId, ...details } = settings;
  const initial = { ...Object.fromEntries(Object.entries(details).map(([key, value]) => [key, value ?? ""])), invoiceEmails: invoiceEmails.join("\n") };

  return (
    <ClientMessages namespaces={["accounts.form", "billing.autoPay", "billing.details", "billing.methods"]}>
      <div className="space-y-6">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <Card title={t("details.title")}>
          <p className="mb-4 text-sm text-slate-600">{t("details.intro")}</p>
          <BillingDetailsForm action={updateBillingDetailsAction} accountId={accountId} initial={initial} countries={countryOptions(locale)} />
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
                        <SmallActionForm action={removePaymentMethodAction} fields={{ accountId, methodId: method.id }} label={t("methods.remove")} ariaLabel={t("methods.removeOf", { method: label })} />
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
