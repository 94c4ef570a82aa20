import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NewAccountOrderForm } from "@/components/orders/new-account-order-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { activeGateway } from "@/lib/billing/gateways/registry";
import { brand } from "@/lib/brand/brand";
import { countryOptions } from "@/lib/geo/countries";
import { formatMoney } from "@/lib/invoices/money";
import { listOrderablePlans, orderCurrencies } from "@/lib/orders/order-catalog";
import { orderWithNewAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.newAccount"))("title") };
}

/**
 * Ordering without a client account (or for a new one): the plans in a currency the person
 * picks, and the billing details of the account the order creates, which they will own.
 */
export default async function OrderWithNewAccountPage({ searchParams }: { searchParams: Promise<{ currency?: string }> }) {
  const user = await requireUser();
  const [{ currency: asked }, t, tCycles, tCard, locale, currencies] = await Promise.all([searchParams, getTranslations("orders.newAccount"), getTranslations("services.cycles"), getTranslations("billing.methods"), getLocale(), orderCurrencies()]);
  const preferred = brand().defaultCurrency;
  const currency = asked && currencies.includes(asked) ? asked : currencies.includes(preferred) ? preferred : (currencies[0] ?? preferred);
  const plans = await listOrderablePlans(currency);
  const options = plans.flatMap((plan) => plan.prices.map((price) => ({ value: `${plan.id}|${price.cycle}`, label: t("planOption", { plan: plan.name, cycle: tCycles(price.cycle), price: formatMoney(price.priceMinor, currency, locale) }) })));
  return (
    <ClientMessages namespaces={["accounts", "money.currency", "orders", "billing.methods", "validation"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        <nav aria-label={t("currency")} className="flex flex-wrap items-center gap-3 text-sm">
          <span className="text-slate-600">{t("currency")}</span>
          {currencies.map((code) => (
            <Link key={code} href={`/user/order?currency=${code}`} aria-current={code === currency ? "true" : undefined} className={code === currency ? "font-semibold" : "text-blue-700 underline"}>
              {code}
            </Link>
          ))}
        </nav>
        <Card>
          <NewAccountOrderForm key={currency} action={orderWithNewAccountAction} currency={currency} plans={options} initial={{ documentLocale: user.locale, currency }} countries={countryOptions(locale)} testCardsHint={activeGateway().id === "demo" ? tCard("testCards") : null} />
        </Card>
      </div>
    </ClientMessages>
  );
}
