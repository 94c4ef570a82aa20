import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { listSecurityEvents } from "@/lib/auth/security-events";
import { listActiveSessions } from "@/lib/auth/sessions";
import { twoFactorEnrolment } from "@/lib/auth/two-factor-qr";
import { twoFactorStatus } from "@/lib/users/two-factor-settings";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/security/change-password-form";
import { PageMessage } from "@/components/ui/page-message";
import { EndOtherSessionsButton } from "@/components/security/end-session-buttons";
import { SecurityEventsTable } from "@/components/security/security-events-table";
import { SessionsTable } from "@/components/security/sessions-table";
import { DisableTwoFactor, RegenerateRecoveryCodes } from "@/components/security/two-factor-manage";
import { ConfirmTwoFactorSetup, StartTwoFactorSetup } from "@/components/security/two-factor-setup";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

export default async function SecurityPage() {
  const user = await requireUser();
  const [t, format, sessions, events, twoFactor] = await Promise.all([
    getTranslations("security"),
    getFormatter(),
    listActiveSessions(user.id),
    listSecurityEvents(user.id),
    twoFactorStatus(user.id),
  ]);
  const issuer = (await getTranslations("app"))("name");

  return (
    <ClientMessages namespaces={["security.password", "security.sessions", "security.twoFactor"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <PageMessage />

        <Card title={t("password.title")}>
          <ChangePasswordForm />
        </Card>

        <Card title={t("twoFactor.title")}>
          {twoFactor.state === "off" ? <StartTwoFactorSetup /> : null}
          {twoFactor.state === "setting-up" ? <ConfirmTwoFactorSetup {...await twoFactorEnrolment(twoFactor.secret, { issuer, account: user.email })} /> : null}
          {twoFactor.state === "on" ? (
            <div className="space-y-6">
              <p className="text-sm text-slate-700" data-testid="two-factor-on">
                {t("twoFactor.onSince", { date: format.dateTime(twoFactor.since, { dateStyle: "medium" }) })} {t("twoFactor.codesLeft", { count: twoFactor.recoveryCodesLeft })}
              </p>
              <RegenerateRecoveryCodes />
              <DisableTwoFactor />
            </div>
          ) : null}
        </Card>

        <Card title={t("sessions.title")}>
          <div className="space-y-4">
            <SessionsTable sessions={sessions} currentSessionId={user.sessionId} />
            <p className="text-xs text-slate-500">{t("sessions.idleNote")}</p>
            <EndOtherSessionsButton />
          </div>
        </Card>

        <Card title={t("events.title")}>
          <SecurityEventsTable events={events} />
        </Card>
      </div>
    </ClientMessages>
  );
}
