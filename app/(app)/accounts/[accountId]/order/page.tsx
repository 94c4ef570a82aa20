import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddDomainForm } from "@/components/orders/add-domain-form";
import { AddPlanForm } from "@/components/orders/add-plan-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listCart } from "@/lib/cart/cart-items";
import { listContacts } from "@/lib/contacts/list-contacts";
import { formatMoney } from "@/lib/invoices/money";
import { sectionTitle } from "@/lib/navigation/page-title";
import { domainOffer, listOrderablePlans } from "@/lib/orders/order-catalog";
import { ZDomainName } from "@/lib/orders/schemas";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { addDomainToCartAction, addServiceToCartAction } from "./actions";

export const generateMetadata = () => sectionTitle("order");

const GB = 1024;

/**
 * The order page: the catalog's plans with their price for every cycle in the account's currency
 * (services.order), and a domain search answered by the registrar and priced from the catalog
 * or the registry's premium price (domains.order). Everything added is priced again on the server.
 */
export default async function OrderPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: Promise<{ domain?: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("order"));
  const { domain: typed } = await searchParams;
  const canServices = meets(access, "services.order");
  const canDomains = meets(access, "domains.order");
  const currency = access.account.currency;
  const [t, tCycles, locale, cart] = await Promise.all([getTranslations("orders"), getTranslations("services.cycles"), getLocale(), listCart(accountId, access.user.id)]);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const plans = canServices ? await listOrderablePlans(currency) : [];
  const searched = canDomains && typeof typed === "string" && typed.trim() ? ZDomainName.safeParse(typed) : null;
  const offer = searched?.success ? await domainOffer(searched.data, currency) : null;
  const contacts = offer && offer.status !== "refused" ? await listContacts(accountId) : [];
  const registrants = [{ value: "", label: t("domainSearch.registrantAccount", { name: access.account.legalName }) }, ...contacts.map((contact) => ({ value: contact.id, label: `${contact.firstName} ${contact.lastName}${contact.company ? ` (${contact.company})` : ""}` }))];
  const kinds = [...new Set(plans.map((plan) => plan.kind))];

  return (
    <ClientMessages namespaces={["orders", "validation"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <Link href={`/accounts/${accountId}/cart`} className={buttonClasses("secondary")} data-testid="cart-link">
            {t("cartLink", { count: cart.length })}
          </Link>
        </div>
        {canDomains ? (
          <Card title={t("domainSearch.title")}>
            <form method="get" className="flex flex-wrap items-end gap-3" role="search">
              <div className="space-y-1">
                <label htmlFor="domain-search-name" className="block text-sm font-medium text-slate-800">
                  {t("domainSearch.label")}
                </label>
                <input id="domain-search-name" name="domain" defaultValue={typeof typed === "string" ? typed : ""} placeholder={t("domainSearch.placeholder")} className="rounded-md border border-slate-300 px-3 py-2 text-sm" />
              </div>
              <button type="submit" className={buttonClasses()}>
                {t("domainSearch.submit")}
              </button>
            </form>
            <div className="mt-4 space-y-4" data-testid="domain-offer">
              {searched && !searched.success ? <Alert tone="error">{t("domainSearch.invalid")}</Alert> : null}
              {offer?.status === "refused" ? <Alert tone="error">{t(`domainSearch.refused.${offer.reason}`, { domain: offer.name })}</Alert> : null}
              {offer?.status === "available" ? (
                <>
                  <Alert tone="success">{offer.premium ? t("domainSearch.premium", { domain: offer.name }) : t("domainSearch.available", { domain: offer.name })}</Alert>
                  <AddDomainForm action={addDomainToCartAction} accountId={accountId} name={offer.name} operation="register" registrants={registrants} years={offer.registration.map((row) => ({ value: String(row.years), label: t("domainSearch.yearsOption", { years: row.years, price: money(row.priceMinor) }) }))} />
                </>
              ) : null}
              {offer?.status === "transferable" ? (
                <>
                  <Alert tone="info">{t("domainSearch.transferable", { domain: offer.name, price: money(offer.transferMinor) })}</Alert>
                  <AddDomainForm action={addDomainToCartAction} accountId={accountId} name={offer.name} operation="transfer" registrants={registrants} />
                </>
              ) : null}
            </div>
          </Card>
        ) : null}
        {kinds.map((kind) => (
          <Card key={kind} title={t(`catalog.kinds.${kind}`)}>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {plans
                .filter((plan) => plan.kind === kind)
                .map((plan) => (
                  <li key={plan.id} className="space-y-3 rounded-md border border-slate-200 p-4" data-testid="catalog-plan">
                    <h3 className="font-semibold">{plan.name}</h3>
                    <ul className="text-sm text-slate-600">
                      {plan.limits.diskLimitMb ? <li>{t("catalog.disk", { gb: Math.round(plan.limits.diskLimitMb / GB) })}</li> : null}
                      {plan.limits.cpuCores ? <li>{t("catalog.cpu", { cores: plan.limits.cpuCores, memory: Math.round((plan.limits.memoryMb ?? 0) / GB) })}</li> : null}
                      {plan.limits.mailboxesLimit ? <li>{t("catalog.mailboxes", { count: plan.limits.mailboxesLimit })}</li> : null}
                    </ul>
                    <AddPlanForm action={addServiceToCartAction} accountId={accountId} plan={{ id: plan.id, name: plan.name }} cycles={plan.prices.map((price) => ({ value: price.cycle, label: t("catalog.cycleOption", { cycle: tCycles(price.cycle), price: money(price.priceMinor) }) }))} />
                  </li>
                ))}
            </ul>
          </Card>
        ))}
      </div>
    </ClientMessages>
  );
}
