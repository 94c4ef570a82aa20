import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { invoiceTotals } from "@/lib/invoices/invoice-totals";
import { INVOICE_FILTERS, displayStatus, parseInvoiceFilter, type InvoiceFilter } from "@/lib/invoices/invoice-status";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { formatMoney } from "@/lib/invoices/money";
import { requireAccountPage } from "@/lib/permissions/account-access";
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
  await requireAccountPage(accountId, sectionRequirement("invoices"));
  const query = await searchParams;
  const filter = parseInvoiceFilter(query.status);
  // One "now" for the list, the badges and the totals, so they agree on what is overdue.
  const now = new Date();
  const [t, format, locale, { invoices, nextCursor }, totals] = await Promise.all([
    getTranslations("invoices"),
    getFormatter(),
    getLocale(),
    listInvoices(accountId, { filter, cursor: query.cursor, now }),
    invoiceTotals(accountId, now),
  ]);
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
                <th className="py-2 font-medium">{t("number")}</th>
                <th className="py-2 font-medium">{t("issued")}</th>
                <th className="py-2 font-medium">{t("due")}</th>
                <th className="py-2 text-right font-medium">{t("total")}</th>
                <th className="py-2 pl-4 font-medium">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => {
                const status = displayStatus(invoice, now);
                return (
                  <tr key={invoice.id} className="border-t border-slate-100" data-testid="invoice-row">
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
    </div>
  );
}
