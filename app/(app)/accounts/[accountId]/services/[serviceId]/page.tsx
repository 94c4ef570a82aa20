import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/invoices/money";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { serviceDetails } from "@/lib/services/service-details";
import { suspensionCause } from "@/lib/services/suspension-cause";
import { SuspendedServiceNotice } from "@/components/services/suspended-service-notice";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/layout/back-link";
import { CancellationRequestForm } from "@/components/services/cancellation-request-form";
import { PowerStateRefresher } from "@/components/services/power-state-refresher";
import { ResetPasswordForm } from "@/components/services/reset-password-form";
import { PageMessage } from "@/components/ui/page-message";
import { RestartServiceForm } from "@/components/services/restart-service-form";
import { ServiceSettingsForm } from "@/components/services/service-settings-form";
import { ServiceStatusBadge } from "@/components/services/service-status-badge";
import { ServiceUsage } from "@/components/services/service-usage";
import { SignOnLink } from "@/components/services/sign-on-link";
import { UpgradeForm } from "@/components/services/upgrade-form";
import Link from "next/link";
import { AnsweredRequests } from "@/components/services/answered-requests";
import type { Metadata } from "next";
import { recordTitle } from "@/lib/navigation/page-title";
import { serviceName } from "@/lib/navigation/record-names";

export async function generateMetadata({ params }: { params: Promise<{ accountId: string; serviceId: string }> }): Promise<Metadata> {
  const { accountId, serviceId } = await params;
  return recordTitle(accountId, "services/[serviceId]", () => serviceName(accountId, serviceId));
}

export default async function ServicePage({ params }: { params: Promise<{ accountId: string; serviceId: string }> }) {
  const { accountId, serviceId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("services/[serviceId]"));
  const service = await serviceDetails(accountId, serviceId);
  if (!service) notFound();
  const [t, tUpgrades, tSuspended, format, locale, suspension] = await Promise.all([
    getTranslations("services"),
    getTranslations("upgrades"),
    getTranslations("money.suspendedService"),
    getFormatter(),
    getLocale(),
    // Only members who may see invoices learn which ones a suspension waits for.
    service.status === "SUSPENDED" && meets(access, "invoices.view") ? suspensionCause(accountId, service.id) : null,
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const money = (minor: number) => formatMoney(minor, service.currency, locale);
  // Buttons only for what the member may do; the actions and sign-on route check the same keys on the server.
  const active = service.status === "ACTIVE";
  const can = {
    manage: active && meets(access, "services.manage"),
    cpanel: active && meets(access, "services.cpanel"),
    webmail: active && service.kind !== "VPS" && meets(access, "services.webmail"),
    order: active && meets(access, "services.order"),
  };
  const openKinds = new Set(service.requests.map((request) => request.kind));
  const ids = { accountId, serviceId: service.id };

  return (
    <ClientMessages namespaces={["services.access", "services.power", "services.requests", "services.settings", "upgrades"]}>
      <div className="space-y-6">
        <BackLink accountId={accountId} list="services" />
        <PageMessage />
        <h2 className="flex flex-wrap items-center gap-3 text-lg font-semibold">
          <span data-testid="service-product">{service.productName}</span>
          {service.domain ? <span className="font-normal text-slate-600">{service.domain}</span> : null}
          <ServiceStatusBadge status={service.status} label={t(`statuses.${service.status}`)} />
        </h2>
        {service.status === "SUSPENDED" ? (
          <SuspendedServiceNotice
            title={tSuspended("title")}
            invoices={(suspension?.invoices ?? []).map((invoice) => ({
              id: invoice.id,
              label: tSuspended("invoice", { number: invoice.number, amount: formatMoney(invoice.totalMinor, invoice.currency, locale), due: date(invoice.dueAt) }),
              href: `/accounts/${accountId}/invoices/${invoice.id}#pay-invoice-title`,
            }))}
            waitsFor={tSuspended("waitsFor", { count: suspension?.invoices.length ?? 0 })}
            fix={
              suspension?.invoices.length
                ? tSuspended(meets(access, "invoices.pay") ? "fixPay" : "fixAsk", { count: suspension.invoices.length })
                : tSuspended("fixSupport")
            }
            reason={suspension?.reason ? tSuspended("reason", { reason: suspension.reason }) : null}
            support={!suspension?.invoices.length && meets(access, "support.open") ? { label: tSuspended("openTicket"), href: `/accounts/${accountId}/support/new` } : null}
          />
        ) : active ? null : (
          <Alert tone="info">{t("detail.notActive", { status: t(`statuses.${service.status}`).toLowerCase() })}</Alert>
        )}
        <Card title={t("detail.details")}>
          <div className="grid gap-6 sm:grid-cols-2">
            <dl className="grid grid-cols-1 content-start gap-x-6 gap-y-1 text-sm wrap-anywhere sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-500">{t("detail.kind")}</dt>
              <dd>{t(`kinds.${service.kind}`)}</dd>
              <dt className="text-slate-500">{t("detail.server")}</dt>
              <dd>{service.server}</dd>
              <dt className="text-slate-500">{t("detail.ipAddress")}</dt>
              <dd>{service.ipAddress ?? t("none")}</dd>
              <dt className="text-slate-500">{t("detail.panelUser")}</dt>
              <dd data-testid="service-panel-username">{service.panel?.username ?? t("none")}</dd>
              <dt className="text-slate-500">{t("columns.cycle")}</dt>
              <dd>{t(`cycles.${service.billingCycle}`)}</dd>
              <dt className="text-slate-500">{t("columns.price")}</dt>
              <dd className="tabular-nums">{money(service.priceMinor)}</dd>
              <dt className="text-slate-500">{t("columns.nextDue")}</dt>
              <dd>{service.nextDueAt ? date(service.nextDueAt) : t("none")}</dd>
            </dl>
            <ServiceUsage usage={service} />
          </div>
        </Card>
        {/* A terminated service is gone from its panel on purpose: nothing to report as unavailable. */}
        {service.panel || service.status === "CANCELLED" ? null : <Alert tone="info">{t("detail.panelUnavailable")}</Alert>}
        {service.kind === "VPS" && service.panel ? (
          <Card title={t("power.title")}>
            <p className="mb-3 text-sm">
              <span data-testid="power-state" data-state={service.panel.powerState} className="font-medium">
                {t(`power.${service.panel.powerState}`)}
              </span>
              {service.panel.restartingUntil ? <span className="ml-2 text-slate-600">{t("power.backAt", { time: format.dateTime(service.panel.restartingUntil, { timeStyle: "medium" }) })}</span> : null}
            </p>
            {service.panel.restartingUntil ? <PowerStateRefresher until={service.panel.restartingUntil.toISOString()} /> : null}
            {can.manage ? <RestartServiceForm {...ids} serviceName={service.domain ?? service.productName} disabled={service.panel.powerState === "RESTARTING"} /> : null}
          </Card>
        ) : null}
        {can.cpanel || can.webmail || can.manage ? (
          <Card title={t("access.title")}>
            <div className="space-y-4">
              {can.cpanel || can.webmail ? (
                <div className="flex flex-wrap gap-3">
                  {can.cpanel ? <SignOnLink {...ids} segment="control-panel" label={t("access.openControlPanel")} /> : null}
                  {can.webmail ? <SignOnLink {...ids} segment="webmail" label={t("access.openWebmail")} /> : null}
                </div>
              ) : null}
              {can.manage ? <ResetPasswordForm {...ids} /> : null}
            </div>
          </Card>
        ) : null}
        {can.manage && service.panel ? (
          <Card title={t("settings.title")}>
            <ServiceSettingsForm {...ids} kind={service.kind} current={service.panel.settings} diskLimitMb={service.diskLimitMb} />
          </Card>
        ) : null}
        {service.answered.length ? <AnsweredRequests requests={service.answered} /> : null}
        {service.requests.length || can.order ? (
          <Card title={t("requests.title")}>
            <div className="space-y-4">
              {service.requests.length ? (
                <ul className="space-y-1 text-sm" aria-label={t("requests.open")}>
                  {service.requests.map((request) => (
                    <li key={request.id} data-testid="service-request">
                      {t(`requests.${request.kind}`, { product: request.targetProduct ?? "", date: date(request.createdAt) })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {can.order && service.upgradeInvoice ? (
                // An upgrade waits for its invoice: the service stays as it is, and no second upgrade is offered.
                <div className="space-y-2 text-sm" data-testid="upgrade-waiting">
                  <p>{tUpgrades("waiting", { product: service.upgradeInvoice.targetProduct ?? "", number: service.upgradeInvoice.number, amount: formatMoney(service.upgradeInvoice.totalMinor, service.upgradeInvoice.currency, locale) })}</p>
                  {meets(access, "invoices.pay") ? (
                    <Link href={`/accounts/${accountId}/invoices/${service.upgradeInvoice.id}#pay-invoice-title`} className="font-medium text-blue-700 underline">
                      {tUpgrades("pay", { number: service.upgradeInvoice.number })}
                    </Link>
                  ) : (
                    <p className="text-slate-600">{tUpgrades("askPayer")}</p>
                  )}
                </div>
              ) : can.order ? (
                service.upgrades.length ? (
                  <UpgradeForm
                    {...ids}
                    targets={service.upgrades.map((target) => ({ productId: target.productId, label: tUpgrades("option", { name: target.name, price: money(target.priceMinor), dueNow: money(target.dueNowMinor) }) }))}
                    explanation={tUpgrades("explain", { date: service.nextDueAt ? date(service.nextDueAt) : t("none") })}
                  />
                ) : (
                  <p className="text-sm text-slate-600">{t("requests.noUpgrades")}</p>
                )
              ) : null}
              {can.order && !openKinds.has("CANCELLATION") ? <CancellationRequestForm {...ids} /> : null}
            </div>
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
