import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/invoices/money";
import { requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { kindOf, parseServiceFilter, SERVICE_FILTERS } from "@/lib/services/kind-filter";
import { listServicesPage } from "@/lib/services/list-services";
import { countServicesByKind } from "@/lib/services/service-details";
import { parseSearch } from "@/lib/pagination/search";
import { Card } from "@/components/ui/card";
import { FilterLinks } from "@/components/ui/filter-links";
import { listHref, ListPager, ListSearch } from "@/components/ui/list-navigation";
import { ServiceStatusBadge } from "@/components/services/service-status-badge";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";

type SearchParams = Promise<{ kind?: string; q?: string; cursor?: string }>;

export const generateMetadata = () => sectionTitle("services");

export default async function ServicesPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: SearchParams }) {
  const { accountId } = await params;
  await requireAccountPage(accountId, sectionRequirement("services"));
  const query = await searchParams;
  const filter = parseServiceFilter(query.kind);
  const search = parseSearch(query.q);
  const [t, format, locale, page, counts] = await Promise.all([
    getTranslations("services"),
    getFormatter(),
    getLocale(),
    search.valid ? listServicesPage(accountId, { kind: kindOf(filter), search: search.term, cursor: query.cursor }) : { items: [], nextCursor: null, isFirstPage: true },
    countServicesByKind(accountId),
  ]);
  const services = page.items;
  const base = `/accounts/${accountId}/services`;
  const kindParam = filter === "all" ? undefined : filter;
  const listParams = { kind: kindParam, q: search.term };
  const filterLinks = SERVICE_FILTERS.map((link) => ({
    key: link,
    label: link === "all" ? t("filters.all") : t(`kinds.${link}`),
    href: listHref(base, { q: search.term, kind: link === "all" ? undefined : link }),
    count: link === "all" ? counts.WEB_HOSTING + counts.VPS + counts.EMAIL : counts[link],
  }));

  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <FilterLinks links={filterLinks} current={filter} label={t("filters.label")} testIdPrefix="service-filter" />
      <ListSearch id="service-search" base={base} params={{ kind: kindParam }} query={search.term} label={t("searchLabel")} invalid={!search.valid} />
      <Card>
        {services.length === 0 ? (
          <p className="text-sm text-slate-600">{search.term ? t("noMatch", { query: search.term }) : filter === "all" ? t("empty") : t("emptyKind")}</p>
        ) : (
          <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 font-medium">{t("columns.product")}</th>
                <th className="py-2 font-medium">{t("columns.domain")}</th>
                <th className="py-2 font-medium">{t("columns.status")}</th>
                <th className="py-2 font-medium">{t("columns.cycle")}</th>
                <th className="py-2 text-right font-medium">{t("columns.price")}</th>
                <th className="py-2 pl-4 font-medium">{t("columns.nextDue")}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((service) => (
                <tr key={service.id} className="border-t border-slate-100" data-testid="service-row">
                  <td className="py-2">
                    <Link href={`${base}/${service.id}`} className="font-medium text-blue-700 underline">
                      {service.productName}
                    </Link>
                    <span className="ml-2 text-xs text-slate-500">{t(`kinds.${service.kind}`)}</span>
                  </td>
                  <td className="py-2">{service.domain ?? t("none")}</td>
                  <td className="py-2">
                    <ServiceStatusBadge status={service.status} label={t(`statuses.${service.status}`)} />
                  </td>
                  <td className="py-2">{t(`cycles.${service.billingCycle}`)}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(service.priceMinor, service.currency, locale)}</td>
                  <td className="py-2 pl-4">{service.nextDueAt ? format.dateTime(service.nextDueAt, { dateStyle: "medium" }) : t("none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
        <ListPager base={base} params={listParams} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} testId="service-pager" />
      </Card>
    </div>
  );
}
