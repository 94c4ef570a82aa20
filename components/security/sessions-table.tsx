import { getFormatter, getTranslations } from "next-intl/server";
import { EndSessionButton } from "./end-session-buttons";
import { MOMENT } from "@/lib/i18n/formats";
import { TableScroll } from "@/components/ui/table-scroll";
import { ActionsHeader } from "@/components/ui/actions-header";

type SessionRow = { id: string; device: string; ip: string | null; createdAt: Date; lastSeenAt: Date };

export async function SessionsTable({ sessions, currentSessionId }: { sessions: SessionRow[]; currentSessionId: string }) {
  const t = await getTranslations("security.sessions");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, MOMENT);
  return (
    <TableScroll label={t("title")}>
    <table className="w-full text-left text-sm">
      <thead className="text-slate-500">
        <tr>
          <th className="py-2 font-medium">{t("device")}</th>
          <th className="py-2 font-medium">{t("ip")}</th>
          <th className="py-2 font-medium">{t("started")}</th>
          <th className="py-2 font-medium">{t("lastSeen")}</th>
          <ActionsHeader />
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id} className="border-t border-slate-100" data-testid="session-row">
            <td className="py-2">{session.device || t("unknownDevice")}</td>
            <td className="py-2 font-mono text-xs">{session.ip ?? t("unknownIp")}</td>
            <td className="py-2">{when(session.createdAt)}</td>
            <td className="py-2">{when(session.lastSeenAt)}</td>
            <td className="py-2 text-right">
              {session.id === currentSessionId ? (
                <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">{t("current")}</span>
              ) : (
                <EndSessionButton sessionId={session.id} device={session.device || t("unknownDevice")} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}
