import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { Card } from "@/components/ui/card";
import { profileLabel } from "@/components/accounts/profile-label";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { InvitationsWaiting } from "@/components/first-visit/invitations-waiting";
import { pendingInvitationsFor } from "@/lib/invitations/pending-for-user";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("title") };
}

/**
 * The accounts a person can open, and the page a first visit lands on after the email is
 * confirmed (`verified=1`): the invitations waiting for them, and with no account yet, what
 * a client account is and the button to create one.
 */
export default async function UserAccountsPage({ searchParams }: { searchParams: Promise<{ verified?: string }> }) {
  const user = await requireUser();
  const [t, tf, to, accounts, invitations, { verified }] = await Promise.all([
    getTranslations("accounts"),
    getTranslations("brand.firstVisit"),
    getTranslations("orders.newAccount"),
    listUserAccounts(user.id),
    pendingInvitationsFor(user),
    searchParams,
  ]);
  const labels = await Promise.all(accounts.map((account) => profileLabel(account.profile)));
  return (
    <div className="space-y-6">
      {verified ? <Alert tone="success">{tf("welcome", { name: user.name })}</Alert> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {accounts.length ? (
          <div className="flex flex-wrap gap-3">
            <Link href="/user/order" className={buttonClasses("secondary")}>
              {to("link")}
            </Link>
            <Link href="/user/accounts/new" className={buttonClasses()}>
              {t("create")}
            </Link>
          </div>
        ) : null}
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <InvitationsWaiting invitations={invitations} />
      {accounts.length === 0 ? (
        <Card title={tf("createTitle")}>
          <p className="mb-4 text-sm text-slate-700">{t("empty")}</p>
          <Link href="/user/accounts/new" className={buttonClasses()} data-testid="first-account">
            {t("create")}
          </Link>{" "}
          <Link href="/user/order" className={buttonClasses("secondary")} data-testid="order-with-new-account">
            {to("link")}
          </Link>
        </Card>
      ) : (
        <Card>
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
        </Card>
      )}
    </div>
  );
}
