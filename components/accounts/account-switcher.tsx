"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

/** Moves between the user's accounts; the list comes from the server, each page checks access itself. */
export function AccountSwitcher({ current, accounts }: { current: string; accounts: { id: string; legalName: string }[] }) {
  const t = useTranslations("accounts");
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("switcher")}</span>
      <select
        aria-label={t("switcher")}
        value={current}
        onChange={(event) => router.push(event.target.value ? `/accounts/${event.target.value}` : "/user/accounts")}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
      >
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.legalName}
          </option>
        ))}
        <option value="">{t("allAccounts")}</option>
      </select>
    </label>
  );
}
