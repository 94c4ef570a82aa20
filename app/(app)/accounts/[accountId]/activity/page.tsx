import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listActivity } from "@/lib/audit/list-activity";
import { describeActivity, type ActivityReader } from "@/lib/audit/describe-activity";
import { displayIp } from "@/lib/audit/display-ip";
import { listMemberNames } from "@/lib/members/list-members";
import { ACTIVITY_KINDS } from "@/lib/audit/record-activity";
import { requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { ListPager } from "@/components/ui/list-navigation";
import { MOMENT_WITH_SECONDS } from "@/lib/i18n/formats";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";

type SearchParams = Promise<{ member?: string; kind?: string; before?: string }>;

export const generateMetadata = () => sectionTitle("activity");

export default async function ActivityPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: SearchParams }) {
  const { accountId } = await params;
  await requireAccountPage(accountId, sectionRequirement("activity"));
  const filter = await searchParams;
  const [t, catalog, locale, format, { events, nextCursor, isFirstPage, profileNames }, members] = await Promise.all([
    getTranslations("activity"),
    getTranslations(),
    getLocale(),
    getFormatter(),
    listActivity(accountId, { memberId: filter.member, kind: filter.kind, before: filter.before }),
    listMemberNames(accountId),
  ]);
  const reader: ActivityReader = { locale, t: (key, values) => catalog(key, values), profileNames };
  const base = `/accounts/${accountId}/activity`;

  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <form method="get" action={base} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="space-y-1">
          <span className="block font-medium">{t("member")}</span>
          <select name="member" defaultValue={filter.member ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1">
            <option value="">{t("any")}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.user.name}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("kind")}</span>
          <select name="kind" defaultValue={filter.kind ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1">
            <option value="">{t("any")}</option>
            {ACTIVITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1 font-medium">
          {t("filter")}
        </button>
      </form>
      <Card>
        {events.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">{t("when")}</th>
                <th scope="col" className="border-l border-slate-100 px-4 py-2 font-medium">{t("what")}</th>
                <th scope="col" className="border-l border-slate-100 py-2 pl-4 font-medium">{t("from")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => {
                const sentence = describeActivity({ kind: event.kind, details: event.details, actorName: event.actor?.name ?? null }, reader);
                return (
                  <tr key={event.id} className="border-t border-slate-100 align-top" data-testid="activity-row">
                    <td className="py-2 pr-4 whitespace-nowrap">{format.dateTime(event.createdAt, MOMENT_WITH_SECONDS)}</td>
                    {/* Each column its own cell, ruled apart: the moment, the sentence, the address as recorded. */}
                    <td className="border-l border-slate-100 px-4 py-2 break-words" data-testid="activity-sentence">
                      {t(`events.${sentence.key}`, sentence.values)}
                    </td>
                    <td className="border-l border-slate-100 py-2 pl-4 font-mono text-xs whitespace-nowrap" data-testid="activity-ip">
                      {displayIp(event.ip)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </TableScroll>
        )}
      </Card>
      <ListPager base={base} params={{ member: filter.member, kind: filter.kind }} cursorParam="before" nextCursor={nextCursor} isFirstPage={isFirstPage} testId="activity-pager" />
    </div>
  );
}
