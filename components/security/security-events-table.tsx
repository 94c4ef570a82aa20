import { getFormatter, getTranslations } from "next-intl/server";
import type { SecurityEventKind } from "@/lib/generated/prisma/client";
import { MOMENT_WITH_SECONDS } from "@/lib/i18n/formats";
import { TableScroll } from "@/components/ui/table-scroll";

type EventRow = { id: string; kind: SecurityEventKind; ip: string | null; device: string | null; createdAt: Date };

export async function SecurityEventsTable({ events }: { events: EventRow[] }) {
  const t = await getTranslations("security.events");
  const format = await getFormatter();
  if (events.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <TableScroll label={t("title")}>
    <table className="w-full text-left text-sm">
      <thead className="text-slate-500">
        <tr>
          <th className="py-2 font-medium">{t("when")}</th>
          <th className="py-2 font-medium">{t("what")}</th>
          <th className="py-2 font-medium">{t("from")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} className="border-t border-slate-100" data-testid="security-event">
            <td className="py-2 whitespace-nowrap">{format.dateTime(event.createdAt, MOMENT_WITH_SECONDS)}</td>
            <td className="py-2">{t(`kinds.${event.kind}`)}</td>
            <td className="py-2 text-slate-600">{[event.device, event.ip].filter(Boolean).join(" · ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}
