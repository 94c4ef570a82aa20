import { getTranslations } from "next-intl/server";

/** Shown on every page of a suspended account: what still works, and whom to ask. */
export async function SuspendedBanner() {
  const t = await getTranslations("accountArea.suspended");
  return (
    <div role="status" data-testid="account-suspended" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-semibold">{t("title")}</p>
      <p>{t("body")}</p>
    </div>
  );
}
