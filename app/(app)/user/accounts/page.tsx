import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { Card } from "@/components/ui/card";
import { profileLabel } from "@/components/accounts/profile-label";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("title") };
}

export default async function UserAccountsPage() {
  const user = await requireUser();
  const [t, accounts] = await Promise.all([getTranslations("accounts"), listUserAccounts(user.id)]);
  const labels = await Promise.all(accounts.map((account) => profileLabel(account.profile)));
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/user/accounts/new" className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          {t("create")}
        </Link>
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Card>
        {accounts.length === 0 ? (
          <p className="text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 font-medium">{t("name")}</th>
                <th className="py-2 font-medium">{t("yourProfile")}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account, index) => (
                <tr key={account.id} className="border-t border-slate-100" data-testid="account-row">
                  <td className="py-2">
                    <Link href={`/accounts/${account.id}`} className="font-medium text-blue-700 underline">
                      {account.legalName}
                    </Link>{" "}
                    <span className="text-slate-500">· {t(`kinds.${account.kind}`)}</span>
                  </td>
                  <td className="py-2">{labels[index]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}
