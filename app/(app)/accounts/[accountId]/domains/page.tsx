import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { listContacts } from "@/lib/contacts/list-contacts";
import { expiryState } from "@/lib/domains/expiry";
import { findDomainRow, listDomainsPage } from "@/lib/domains/list-domains";
import { parseSearch } from "@/lib/pagination/search";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { Card } from "@/components/ui/card";
import { listHref, ListPager, ListSearch } from "@/components/ui/list-navigation";
import { DomainDetails } from "@/components/domains/domain-details";
import { ExpiryLabel } from "@/components/domains/expiry-label";
import { RenewalSection } from "@/components/domains/renewal-section";
import { loadBillingSettings } from "@/lib/billing/billing-details";
import { activeGateway } from "@/lib/billing/gateways/registry";
import { methodLabel } from "@/lib/billing/method-label";
import { listPaymentMethods } from "@/lib/billing/payment-methods";
import { loadRenewalPanel } from "@/lib/domains/renewals/renewal-panel";
import { payInvoicesAction } from "../invoices/actions";
import { changeNameserversAction, changeRegistrantAction, renewDomainAction, revealTransferCodeAction, setDomainSwitchAction } from "./actions";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";

type SearchParams = Promise<{ domain?: string; q?: string; cursor?: string }>;

export const generateMetadata = () => sectionTitle("domains");

export default async function DomainsPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: SearchParams }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("domains"));
  const query = await searchParams;
  const selectedId = typeof query.domain === "string" ? query.domain : undefined;
  const search = parseSearch(query.q);
  const canManage = meets(access, "domains.manage");
  // Renewing is domains.order; paying the renewal invoice in place is invoices.pay.
  const canRenew = meets(access, "domains.order");
  const canPay = meets(access, "invoices.pay");
  const [t, tCard, format, page, selected] = await Promise.all([
    getTranslations("domains"),
    getTranslations("billing.methods"),
    getFormatter(),
    search.valid ? listDomainsPage(accountId, { search: search.term, cursor: query.cursor }) : { items: [], nextCursor: null, isFirstPage: true },
    // Looked up inside this account: another account's id is "not found", like a missing one.
    selectedId ? findDomainRow(accountId, selectedId) : null,
  ]);
  if (selectedId && !selected) notFound();
  const domains = page.items;
  const contacts = selected && canManage ? await listContacts(accountId) : [];
  const now = new Date();
  const renewable = selected && canRenew && selected.status === "ACTIVE";
  const [panel, methods, settings] = await Promise.all([
    renewable ? loadRenewalPanel(accountId, selected, now) : null,
    renewable && canPay ? listPaymentMethods(accountId) : [],
    renewable && canPay ? loadBillingSettings(accountId) : null,
  ]);
  const base = `/accounts/${accountId}/domains`;
  const listParams = { q: search.term, cursor: page.isFirstPage ? undefined : query.cursor };

  return (
    <ClientMessages namespaces={["domains.nameserversForm", "domains.registrantForm", "domains.transferCode", "domainRenewals.form", "money.pay", "billing.methods"]}>
      <div className="space-y-4">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {selected ? (
          <DomainDetails
            key={selected.id}
            accountId={accountId}
            domain={selected}
            closeHref={listHref(base, listParams)}
            registrantLabel={
              selected.registrant
                ? `${selected.registrant.firstName} ${selected.registrant.lastName}${selected.registrant.company ? ` (${selected.registrant.company})` : ""}`
                : t("registrantAccount", { account: access.account.legalName })
            }
            renewal={
              panel ? (
                <RenewalSection
                  accountId={accountId}
                  domainId={selected.id}
                  panel={panel}
                  actions={{ renew: renewDomainAction, pay: payInvoicesAction }}
                  payment={
                    canPay
                      ? {
                          methods: methods.map((method) => ({ id: method.id, label: methodLabel(method) })),
                          defaultMethodId: settings?.defaultPaymentMethodId ?? null,
                          canSaveCard: meets(access, "billing.manage"),
                          testCardsHint: activeGateway().id === "demo" ? tCard("testCards") : null,
                        }
                      : null
                  }
                  canSeeInvoices={meets(access, "invoices.view")}
                />
              ) : null
            }
            contacts={contacts.map((contact) => ({ id: contact.id, label: `${contact.firstName} ${contact.lastName}${contact.company ? ` (${contact.company})` : ""}` }))}
            actions={
              canManage
                ? { nameservers: changeNameserversAction, setSwitch: setDomainSwitchAction, registrant: changeRegistrantAction, transferCode: revealTransferCodeAction }
                : null
            }
          />
        ) : null}
        <ListSearch id="domain-search" base={base} params={{}} query={search.term} label={t("searchLabel")} invalid={!search.valid} />
        <Card>
          {domains.length === 0 ? (
            <p className="text-sm text-slate-600">{search.term ? t("noMatch", { query: search.term }) : t("empty")}</p>
          ) : (
            <TableScroll label={t("title")}>
            <table className="w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-2 font-medium">{t("name")}</th>
                  <th className="py-2 font-medium">{t("status")}</th>
                  <th className="py-2 font-medium">{t("expiry")}</th>
                  <th className="py-2 font-medium">{t("autoRenew.title")}</th>
                  <th className="py-2 font-medium">{t("lock.title")}</th>
                  <th className="py-2 font-medium">{t("nameservers")}</th>
                  <th className="py-2 font-medium">{t("registrant")}</th>
                </tr>
              </thead>
              <tbody>
                {domains.map((domain) => {
                  const expiry = expiryState(domain.expiresAt, now);
                  return (
                    <tr key={domain.id} className="border-t border-slate-100 align-top" data-testid="domain-row" aria-current={domain.id === selected?.id ? "true" : undefined}>
                      <td className="py-2">
                        <Link href={listHref(base, listParams, { domain: domain.id })} className="font-medium text-blue-700 underline">
                          {domain.name}
                        </Link>
                      </td>
                      <td className="py-2">{t(`statuses.${domain.status}`)}</td>
                      <td className="py-2">
                        <ExpiryLabel
                          state={expiry}
                          date={format.dateTime(domain.expiresAt, { dateStyle: "medium" })}
                          text={expiry.tone === "expired" ? t("expired", { days: -expiry.days }) : t("expiresIn", { days: expiry.days })}
                        />
                      </td>
                      <td className="py-2" data-testid="domain-auto-renew">{domain.autoRenew ? t("yes") : t("no")}</td>
                      <td className="py-2" data-testid="domain-lock">{domain.locked ? t("lock.locked") : t("lock.unlocked")}</td>
                      <td className="py-2 font-mono text-xs" data-testid="domain-nameservers">
                        {domain.nameservers.map((host) => (
                          <span key={host} className="block">
                            {host}
                          </span>
                        ))}
                      </td>
                      <td className="py-2">{domain.registrant ? `${domain.registrant.firstName} ${domain.registrant.lastName}` : t("registrantAccount", { account: access.account.legalName })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            </TableScroll>
          )}
          <ListPager base={base} params={listParams} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} testId="domain-pager" />
        </Card>
      </div>
    </ClientMessages>
  );
}
