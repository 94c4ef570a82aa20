import { getFormatter, getTranslations } from "next-intl/server";
import type { SeatHolder } from "@/lib/seats/seats";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { freeSeatAction } from "@/app/(app)/accounts/[accountId]/settings/actions";
import { MOMENT } from "@/lib/i18n/formats";

/** Who holds the seats, and for managers a button to free each. */
export async function SeatHolders({ accountId, holders, canFree }: { accountId: string; holders: SeatHolder[]; canFree: boolean }) {
  const [t, format] = await Promise.all([getTranslations("seats"), getFormatter()]);
  if (holders.length === 0) return <p className="text-sm text-slate-600">{t("nobody")}</p>;
  return (
    <ul className="space-y-2 text-sm">
      {holders.map((holder) => (
        <li key={holder.userId} className="flex flex-wrap items-center gap-3" data-testid="seat-holder">
          <span>
            <span className="font-medium">{holder.name}</span> · {t("since", { time: format.dateTime(holder.since, MOMENT) })}
          </span>
          {canFree ? <SmallActionForm action={freeSeatAction} fields={{ accountId, userId: holder.userId }} label={t("free")} ariaLabel={`${t("free")}: ${holder.name}`} variant="secondary" /> : null}
        </li>
      ))}
    </ul>
  );
}
