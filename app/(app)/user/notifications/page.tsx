import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { listUserPreferences } from "@/lib/notifications/preferences";
import { Card } from "@/components/ui/card";
import { PreferencesForm } from "@/components/notifications/preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const user = await requireUser();
  const [t, accounts] = await Promise.all([getTranslations("notifications"), listUserPreferences(user.id)]);
  return (
    <ClientMessages namespaces={["emailCategories", "notifications"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        <Card>
          {accounts.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noAccounts")}</p>
          ) : (
            <div className="space-y-6">
              {accounts.map((account) => (
                <PreferencesForm key={account.accountId} accountId={account.accountId} accountName={account.legalName} categories={account.categories} isOwner={account.isOwner} />
              ))}
            </div>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
