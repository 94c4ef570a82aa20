import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { inspectUnsubscribe } from "@/lib/notifications/preferences";
import { Alert } from "@/components/ui/alert";
import { UnsubscribeButton } from "@/components/notifications/unsubscribe-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unsubscribe"))("title") };
}

/** A contact's unsubscribe link: shows what it stops, and stops it only on a click (mail scanners open links). */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tCategories, target] = await Promise.all([getTranslations("unsubscribe"), getTranslations("emailCategories"), token.length <= 300 ? inspectUnsubscribe(token) : null]);
  return (
    <ClientMessages namespaces={["unsubscribe"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {!target ? (
          <Alert tone="error">{t("invalid")}</Alert>
        ) : !target.subscribed ? (
          <Alert tone="success">{t("already", { email: target.email, category: tCategories(target.category), accountName: target.accountName })}</Alert>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("question", { email: target.email, category: tCategories(target.category), accountName: target.accountName })}</p>
            <UnsubscribeButton token={token} />
          </>
        )}
      </div>
    </ClientMessages>
  );
}
