import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadBillingSettings } from "@/lib/billing/billing-details";
import { methodLabel } from "@/lib/billing/method-label";
import { listPaymentMethods } from "@/lib/billing/payment-methods";
import { invoiceDetails } from "@/lib/invoices/invoice-details";
import { formatMoney, formatTaxRate } from "@/lib/invoices/money";
import { countryName } from "@/lib/geo/countries";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/layout/back-link";
import { InvoiceStatusBadge } from "@/components/invoices/invoice-status-badge";
import { PartyBlock } from "@/components/invoices/party-block";
import { PageMessage } from "@/components/ui/page-message";
import { PayForm } from "@/components/invoices/pay-form";
import { activeGateway } from "@/lib/billing/gateways/registry";
import { payInvoicesAction } from "../actions";
import { INVOICE_DATE } from "@/lib/invoices/invoice-date";
import { localTaxName } from "@/lib/invoices/invoice-pdf-labels";
import type { Metadata } from "next";
import { recordTitle } from "@/lib/navigation/page-title";
import { invoiceName } from "@/lib/navigation/record-names";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata({ params }: { params: Promise<{ accountId: string; invoiceId: string }> }): Promise<Metadata> {
  const { accountId, invoiceId } = await params;
  return recordTitle(accountId, "invoices/[invoiceId]", () => invoiceName(accountId, invoiceId));
}

export default async function InvoicePage({ params }: { params: Promise<{ accountId: string; invoiceId: string }> }) {
  const { accountId, invoiceId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("invoices/[invoiceId]"));
  const invoice = await invoiceDetails(accountId, invoiceId);
  if (!invoice) notFound();
  // Billing members see invoices but not services: a line links to its service only for those who may open it.
  const canSeeServices = meets(access, "services.view");
  // The form stays mounted for a member who may pay, so its confirmation outlives the payment's re-render.
  const mayPay = meets(access, "invoices.pay") && invoice.status !== "CANCELLED";
  const canPay = mayPay && invoice.status === "UNPAID";
  const [t, tCard, format, locale, methods, settings] = await Promise.all([
    getTranslations("invoices"),
    getTranslations("billing.methods"),
    getFormatter(),
    getLocale(),
    canPay ? listPaymentMethods(accountId) : [],
    canPay ? loadBillingSettings(accountId) : null,
  ]);
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);
  const date = (value: Date) => format.dateTime(value, INVOICE_DATE);
  const base = `/accounts/${accountId}`;

  return (
    <ClientMessages namespaces={["money.pay", "billing.methods"]}>
      <div className="space-y-6">
        <BackLink accountId={accountId} list="invoices" />
        <PageMessage />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="flex items-center gap-3 text-lg font-semibold">
            <span data-testid="invoice-number">{invoice.number}</span>
            <InvoiceStatusBadge status={invoice.displayStatus} label={t(`statuses.${invoice.displayStatus}`)} />
          </h2>
          <a href={`${base}/invoices/${invoice.id}/pdf`} download className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
            {t("downloadPdf")}
          </a>
        </div>
        <Card>
          <div className="grid gap-6 sm:grid-cols-3">
            <PartyBlock title={t("from")} party={invoice.seller} countryName={countryName(invoice.seller.country, locale)} taxIdLabel={t("taxId")} testId="invoice-seller" />
            <PartyBlock title={t("billTo")} party={invoice.buyer} countryName={countryName(invoice.buyer.country, locale)} taxIdLabel={t("taxId")} testId="invoice-buyer" />
            <dl className="grid grid-cols-2 content-start gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-500">{t("issued")}</dt>
              <dd>{date(invoice.issuedAt)}</dd>
              <dt className="text-slate-500">{t("due")}</dt>
              <dd>{date(invoice.dueAt)}</dd>
              {invoice.paidAt ? (
                <>
                  <dt className="text-slate-500">{t("paidOn")}</dt>
                  <dd>{date(invoice.paidAt)}</dd>
                </>
              ) : null}
              {invoice.cancelledAt ? (
                <>
                  <dt className="text-slate-500">{t("cancelledOn")}</dt>
                  <dd>{date(invoice.cancelledAt)}</dd>
                </>
              ) : null}
            </dl>
          </div>
        </Card>
        <Card title={t("lines")}>
          <TableScroll label={t("lines")}>
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 font-medium">{t("description")}</th>
                <th className="py-2 text-right font-medium">{t("quantity")}</th>
                <th className="py-2 text-right font-medium">{t("unitPrice")}</th>
                <th className="py-2 text-right font-medium">{t("amount")}</th>
              </tr>
            </thead>
            <tbody>
              {invoice.lines.map((line) => (
                <tr key={line.position} className="border-t border-slate-100" data-testid="invoice-line">
                  <td className="py-2">
                    {line.serviceId && canSeeServices ? (
                      <Link href={`${base}/services/${line.serviceId}`} className="text-blue-700 underline">
                        {line.description}
                      </Link>
                    ) : (
                      line.description
                    )}
                  </td>
                  <td className="py-2 text-right tabular-nums">{line.quantity}</td>
                  <td className="py-2 text-right tabular-nums">{money(line.unitPriceMinor)}</td>
                  <td className="py-2 text-right tabular-nums">{money(line.amountMinor)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="tabular-nums">
              <tr className="border-t border-slate-200">
                <td colSpan={3} className="py-1 text-right text-slate-600">{t("subtotal")}</td>
                <td className="py-1 text-right">{money(invoice.subtotalMinor)}</td>
              </tr>
              <tr>
                <td colSpan={3} className="py-1 text-right text-slate-600">
                  {localTaxName(locale, invoice.taxName)} {formatTaxRate(invoice.taxRateBp, locale)}
                </td>
                <td className="py-1 text-right">{money(invoice.taxMinor)}</td>
              </tr>
              <tr className="font-semibold">
                <td colSpan={3} className="py-1 text-right">{t("total")}</td>
                <td className="py-1 text-right" data-testid="invoice-total">
                  {money(invoice.totalMinor)}
                </td>
              </tr>
            </tfoot>
          </table>
          </TableScroll>
        </Card>
        {invoice.payments.length ? (
          <Card title={t("payments")}>
            <ul className="space-y-1 text-sm">
              {invoice.payments.map((payment) => (
                // The gateway's reference is one long word: it may break anywhere on a phone.
                <li key={payment.id} data-testid="invoice-payment" className="wrap-anywhere">
                  {t("paymentLine", { date: date(payment.createdAt), amount: formatMoney(payment.amountMinor, payment.currency, locale), method: payment.methodLabel, reference: payment.gatewayReference })}
                  {payment.paidBy ? ` · ${payment.paidBy.name}` : ` · ${t("autoPaid")}`}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        {mayPay ? (
          <PayForm
            action={payInvoicesAction}
            accountId={accountId}
            id="pay-invoice"
            invoiceIds={[invoice.id]}
            payable={canPay}
            title={t("pay.title")}
            submitLabel={t("pay.submit", { total: money(invoice.totalMinor) })}
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
