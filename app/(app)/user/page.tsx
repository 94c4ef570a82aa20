import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { locales } from "@/lib/i18n/config";
import { timeZoneChoices } from "@/lib/i18n/time-zones";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ProfileForm } from "@/components/user/profile-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("user"))("title") };
}

export default async function UserProfilePage({ searchParams }: { searchParams: Promise<{ verified?: string }> }) {
  const user = await requireUser();
  const { verified } = await searchParams;
  const t = await getTranslations("user");
  return (
    <ClientMessages namespaces={["user"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {verified ? <Alert tone="success">{t("verified")}</Alert> : null}
        <Card title={t("details")}>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">{t("name")}</dt>
            <dd data-testid="profile-name">{user.name}</dd>
            <dt className="text-slate-500">{t("email")}</dt>
            <dd data-testid="profile-email">{user.email}</dd>
          </dl>
        </Card>
        <Card title={t("edit")}>
          <ProfileForm name={user.name} locale={user.locale} locales={[...locales]} timeZone={user.timeZone} timeZones={timeZoneChoices()} />
        </Card>
      </div>
    </ClientMessages>
  );
}
