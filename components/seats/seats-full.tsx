import { getTranslations } from "next-intl/server";
import type { SeatHolder } from "@/lib/seats/seats";
import { Card } from "@/components/ui/card";
import { SeatHolders } from "./seat-holders";

/** What a member sees instead of the account area while every seat is taken. */
export async function SeatsFull({ accountId, accountName, limit, holders, canFree }: { accountId: string; accountName: string; limit: number; holders: SeatHolder[]; canFree: boolean }) {
  const t = await getTranslations("seats");
  return (
    <Card title={t("fullTitle")}>
      <div className="space-y-4" data-testid="seats-full">
        <p className="text-sm text-slate-700">{t("fullBody", { accountName, limit })}</p>
        <h3 className="font-semibold">{t("holders")}</h3>
        <SeatHolders accountId={accountId} holders={holders} canFree={canFree} />
        <p className="text-xs text-slate-500">{t("waitHint")}</p>
        {/* A full page load: the account layout, which admits to a seat, must run again. */}
        <a href={`/accounts/${accountId}`} className="inline-block font-medium text-blue-700 underline">
          {t("tryAgain")}
        </a>
      </div>
    </Card>
  );
}
