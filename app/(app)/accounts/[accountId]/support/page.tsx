import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { listTicketsPage } from "@/lib/support/list-tickets";
import { parseSearch } from "@/lib/pagination/search";
import { TICKET_FILTERS, parseTicketFilter, ticketLabel } from "@/lib/support/ticket-filter";
import { Card } from "@/components/ui/card";
import { FilterLinks } from "@/components/ui/filter-links";
import { listHref, ListPager, ListSearch } from "@/components/ui/list-navigation";
import { TicketStatusBadge } from "@/components/support/ticket-status-badge";
import { buttonClasses } from "@/components/ui/button";
import { MOMENT } from "@/lib/i18n/formats";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";

type SearchParams = Promise<{ status?: string; q?: string; cursor?: string }>;

export const generateMetadata = () => sectionTitle("support");

export default async function SupportPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: SearchParams }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("support"));
  const query = await searchParams;
  const filter = parseTicketFilter(query.status);
  const search = parseSearch(query.q);
  const [t, format, page] = await Promise.all([
    getTranslations("support"),
    getFormatter(),
    search.valid ? listTicketsPage(accountId, filter, { search: search.term, cursor: query.cursor }) : { items: [], nextCursor: null, isFirstPage: true },
  ]);
  const tickets = page.items;
  const base = `/accounts/${accountId}/support`;
  const statusParam = filter === "open" ? undefined : filter;
  const links = TICKET_FILTERS.map((key) => ({ key, label: t(`filters.${key}`), href: listHref(base, { status: key === "open" ? undefined : key, q: search.term }) }));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {meets(access, "support.open") ? (
          <Link href={`${base}/new`} className={`${buttonClasses("primary")} text-sm`}>
            {t("openTicket")}
          </Link>
        ) : null}
      </div>
      <FilterLinks links={links} current={filter} label={t("filterLabel")} testIdPrefix="ticket-filter" />
      <ListSearch id="ticket-search" base={base} params={{ status: statusParam }} query={search.term} label={t("searchLabel")} invalid={!search.valid} />
      <Card>
        {tickets.length === 0 ? (
          <p className="text-sm text-slate-600">{search.term ? t("noMatch", { query: search.term }) : t(`empty.${filter}`)}</p>
        ) : (
          <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 font-medium">{t("number")}</th>
                <th className="py-2 font-medium">{t("subject")}</th>
                <th className="py-2 font-medium">{t("department")}</th>
                <th className="py-2 font-medium">{t("priority")}</th>
                <th className="py-2 font-medium">{t("status")}</th>
                <th className="py-2 font-medium">{t("lastReply")}</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <tr key={ticket.id} className="border-t border-slate-100" data-testid="ticket-row">
                  <td className="py-2 tabular-nums">{ticketLabel(ticket.number)}</td>
                  <td className="py-2">
                    <Link href={`${base}/${ticket.id}`} className="font-medium text-blue-700 underline">
                      {ticket.subject}
                    </Link>
                  </td>
                  <td className="py-2">{t(`departments.${ticket.department}`)}</td>
                  <td className="py-2">{t(`priorities.${ticket.priority}`)}</td>
                  <td className="py-2">
                    <TicketStatusBadge status={ticket.status} label={t(`statuses.${ticket.status}`)} />
                  </td>
                  <td className="py-2">{format.dateTime(ticket.lastReplyAt, MOMENT)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
        <ListPager base={base} params={{ status: statusParam, q: search.term }} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} testId="ticket-pager" />
      </Card>
    </div>
  );
}
