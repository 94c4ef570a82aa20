import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { invoiceTotals } from "@/lib/invoices/invoice-totals";
import { INVOICE_FILTERS, displayStatus, parseInvoiceFilter, type InvoiceFilter } from "@/lib/invoices/invoice-status";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { formatMoney } from "@/lib/invoices/money";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { activeGateway } from "@/lib/billing/gateways/registry";
import { loadBillingSettings } from "@/lib/billing/billing-details";
import { methodLabel } from "@/lib/billing/method-label";
import { listPaymentMethods } from "@/lib/billing/payment-methods";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PayForm } from "@/components/invoices/pay-form";
import { payInvoicesAction } from "./actions";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { FilterLinks } from "@/components/ui/filter-links";
import { InvoiceStatusBadge } from "@/components/invoices/invoice-status-badge";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";

type SearchParams = Promise<{ status?: string; cursor?: string }>;

export const generateMetadata = () => sectionTitle("invoices");

export default async function InvoicesPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: SearchParams }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("invoices"));
  const canPay = meets(access, "invoices.pay");
  const query = await searchParams;
  const filter = parseInvoiceFilter(query.status);
  // One "now" for the list, the badges and the totals, so they agree on what is overdue.
  const now = new Date();
  const [t, tMoney, tCard, format, locale, { invoices, nextCursor }, totals, methods, settings] = await Promise.all([
    getTranslations("invoices"),
    getTranslations("money.several"),
    getTranslations("billing.methods"),
    getFormatter(),
    getLocale(),
    listInvoices(accountId, { filter, cursor: query.cursor, now }),
    invoiceTotals(accountId, now),
    canPay ? listPaymentMethods(accountId) : [],
    canPay ? loadBillingSettings(accountId) : null,
  ]);
  const unpaidShown = invoices.some((invoice) => invoice.status === "UNPAID");
  const base = `/accounts/${accountId}/invoices`;
  const href = (target: InvoiceFilter, cursor?: string) => {
    const search = new URLSearchParams(Object.entries({ status: target === "all" ? undefined : target, cursor }).filter((entry): entry is [string, string] => !!entry[1]));
    return search.size ? `${base}?${search}` : base;
  };
  const tabs = INVOICE_FILTERS.map((tab) => ({
    key: tab,
    label: t(`filters.${tab}`),
    href: href(tab),
    // Every invoice is exactly one of unpaid (overdue included), paid or cancelled.
    count: tab === "all" ? totals.unpaid.count + totals.paid.count + totals.cancelled.count : totals[tab].count,
    detail: tab === "all" ? "" : totals[tab].amounts.map((entry) => formatMoney(entry.amountMinor, entry.currency, locale)).join(" · "),
  }));

  return (
    <ClientMessages namespaces={["money.pay", "billing.methods"]}>
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <FilterLinks links={tabs} current={filter} label={t("filterLabel")} testIdPrefix="invoice-filter" />
      <Card>
        {invoices.length === 0 ? (
          <p className="text-sm text-slate-600">{query.cursor ? t("noMore") : t(`empty.${filter}`)}</p>
        ) : (
          <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                {canPay ? <td className="w-8 py-2" /> : null}
                <th className="py-2 font-medium">{t("number")}</th>
                <th className="py-2 font-medium">{t("issued")}</th>
                <th className="py-2 font-medium">{t("due")}</th>
                <th className="py-2 text-right font-medium">{t("total")}</th>
                <th className="py-2 pl-4 font-medium">{t("status")}</th>
                <th className="py-2 pl-4 font-medium">{tMoney("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => {
                const status = displayStatus(invoice, now);
                return (
                  <tr key={invoice.id} className="border-t border-slate-100" data-testid="invoice-row">
                    {canPay ? (
                      <td className="py-2">
                        {invoice.status === "UNPAID" ? (
                          // Bound to the pay form below by its id: the ticked invoices are paid together with one charge. "Pay now" (the overdue filter) comes with them ticked.
                          <input type="checkbox" form="pay-several" name="invoiceIds" value={invoice.id} defaultChecked={filter === "overdue"} aria-label={tMoney("choose", { number: invoice.number })} className="h-4 w-4" />
                        ) : null}
                      </td>
                    ) : null}
                    <td className="py-2">
                      <Link href={`${base}/${invoice.id}`} className="font-medium text-blue-700 underline">
                        {invoice.number}
                      </Link>
                    </td>
                    <td className="py-2">{format.dateTime(invoice.issuedAt, INVOICE_DATE)}</td>
                    <td className="py-2">{format.dateTime(invoice.dueAt, INVOICE_DATE)}</td>
                    <td className="py-2 text-right tabular-nums">{formatMoney(invoice.totalMinor, invoice.currency, locale)}</td>
                    <td className="py-2 pl-4">
                      <InvoiceStatusBadge status={status} label={t(`statuses.${status}`)} />
                    </td>
                    <td className="space-x-3 py-2 pl-4 whitespace-nowrap">
                      {canPay && invoice.status === "UNPAID" ? (
                        <Link href={`${base}/${invoice.id}#pay-invoice-title`} aria-label={tMoney("payOf", { number: invoice.number })} className="font-medium text-blue-700 underline">
                          {tMoney("pay")}
                        </Link>
                      ) : null}
                      <a href={`${base}/${invoice.id}/pdf`} download aria-label={tMoney("pdfOf", { number: invoice.number })} className="text-blue-700 underline">
                        {tMoney("pdf")}
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </TableScroll>
        )}
      </Card>
      <div className="flex gap-4 text-sm">
        {query.cursor ? (
          <Link href={href(filter)} className="text-blue-700 underline">
            {t("newest")}
          </Link>
        ) : null}
        {nextCursor ? (
          <Link href={href(filter, nextCursor)} className="text-blue-700 underline">
            {t("older")}
          </Link>
        ) : null}
      </div>
      {canPay ? (
        <PayForm
          action={payInvoicesAction}
          accountId={accountId}
          id="pay-several"
          payable={unpaidShown}
          title={tMoney("title")}
          intro={tMoney("intro")}
          submitLabel={tMoney("submit")}
          methods={methods.map((method) => ({ id: method.id, label: methodLabel(method) }))}
          defaultMethodId={settings?.defaultPaymentMethodId ?? null}
          canSaveCard={meets(access, "billing.manage")}
          testCardsHint={activeGateway().id === "demo" ? tCard("testCards") : null}
        />
      ) : null}
    </div>
    </ClientMessages>
  );
}
