import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { listTickets } from "@/lib/support/list-tickets";
import { TICKET_FILTERS, parseTicketFilter, ticketLabel } from "@/lib/support/ticket-filter";
import { Card } from "@/components/ui/card";
import { FilterLinks } from "@/components/ui/filter-links";
import { TicketStatusBadge } from "@/components/support/ticket-status-badge";
import { buttonClasses } from "@/components/ui/button";
import { MOMENT } from "@/lib/i18n/formats";

type SearchParams = Promise<{ status?: string }>;

export default async function SupportPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: SearchParams }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("support"));
  const filter = parseTicketFilter((await searchParams).status);
  const [t, format, tickets] = await Promise.all([getTranslations("support"), getFormatter(), listTickets(accountId, filter)]);
  const base = `/accounts/${accountId}/support`;
  const links = TICKET_FILTERS.map((key) => ({ key, label: t(`filters.${key}`), href: key === "open" ? base : `${base}?status=${key}` }));

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
      <Card>
        {tickets.length === 0 ? (
          <p className="text-sm text-slate-600">{t(`empty.${filter}`)}</p>
        ) : (
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
        )}
      </Card>
    </div>
  );
}
