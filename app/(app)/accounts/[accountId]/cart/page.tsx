import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CheckoutForm } from "@/components/orders/checkout-form";
import { Card } from "@/components/ui/card";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { TableScroll } from "@/components/ui/table-scroll";
import { loadBillingSettings } from "@/lib/billing/billing-details";
import { activeGateway } from "@/lib/billing/gateways/registry";
import { methodLabel } from "@/lib/billing/method-label";
import { listPaymentMethods } from "@/lib/billing/payment-methods";
import { listCart } from "@/lib/cart/cart-items";
import { localTaxName } from "@/lib/invoices/invoice-pdf-labels";
import { buildInvoiceAmounts, formatMoney, formatTaxRate } from "@/lib/invoices/money";
import { providerTaxDefaults } from "@/lib/invoices/parties";
import { sectionTitle } from "@/lib/navigation/page-title";
import { lineDescription } from "@/lib/orders/line-description";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { checkoutAction, removeCartItemAction } from "./actions";

export const generateMetadata = () => sectionTitle("cart");

/**
 * The member's cart: each item with the price it had when added (checkout prices it again and
 * stops on any change, showing the new price here), the total with tax, and checkout.
 */
export default async function CartPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("cart"));
  const [t, tCard, locale, lines, methods, settings] = await Promise.all([
    getTranslations("orders"),
    getTranslations("billing.methods"),
    getLocale(),
    listCart(accountId, access.user.id),
    listPaymentMethods(accountId),
    loadBillingSettings(accountId),
  ]);
  const tax = providerTaxDefaults();
  const amounts = lines.length ? buildInvoiceAmounts(lines.map((line) => ({ description: line.id, quantity: 1, unitPriceMinor: line.priceMinor })), tax.taxRateBp) : null;
  const money = (minor: number) => formatMoney(minor, access.account.currency, locale);

  return (
    <ClientMessages namespaces={["orders", "billing.methods", "validation"]}>
      <div className="space-y-6">
        <h2 className="text-lg font-semibold">{t("cart.title")}</h2>
        <Card>
          {lines.length === 0 || !amounts ? (
            <p className="text-sm text-slate-600" data-testid="cart-empty">
              {t("cart.empty")}
            </p>
          ) : (
            <TableScroll label={t("cart.title")}>
              <table className="w-full text-left text-sm">
                <thead className="text-slate-500">
                  <tr>
                    <th className="py-2 font-medium">{t("cart.item")}</th>
                    <th className="py-2 font-medium">{t("cart.registrant")}</th>
                    <th className="py-2 text-right font-medium">{t("cart.price")}</th>
                    <th className="py-2">
                      <span className="sr-only">{t("cart.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line) => {
                    const description = lineDescription(line, locale);
                    return (
                      <tr key={line.id} className="border-t border-slate-100 align-top" data-testid="cart-item">
                        <td className="py-2">{description}</td>
                        <td className="py-2">{line.kind === "SERVICE" ? "—" : (line.registrantName ?? access.account.legalName)}</td>
                        <td className="py-2 text-right tabular-nums" data-testid="cart-item-price">
                          {formatMoney(line.priceMinor, line.currency, locale)}
                        </td>
                        <td className="py-2 text-right">
                          <SmallActionForm action={removeCartItemAction} fields={{ accountId, itemId: line.id }} label={t("cart.remove")} ariaLabel={t("cart.removeNamed", { item: description })} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot className="tabular-nums">
                  <tr className="border-t border-slate-200">
                    <td colSpan={2} className="py-1 text-right text-slate-600">{t("cart.subtotal")}</td>
                    <td className="py-1 text-right">{money(amounts.subtotalMinor)}</td>
                    <td />
                  </tr>
                  <tr>
                    <td colSpan={2} className="py-1 text-right text-slate-600">
                      {localTaxName(locale, tax.taxName)} {formatTaxRate(tax.taxRateBp, locale)}
                    </td>
                    <td className="py-1 text-right">{money(amounts.taxMinor)}</td>
                    <td />
                  </tr>
                  <tr className="font-semibold">
                    <td colSpan={2} className="py-1 text-right">{t("cart.total")}</td>
                    <td className="py-1 text-right" data-testid="cart-total">
                      {money(amounts.totalMinor)}
                    </td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </TableScroll>
          )}
          <p className="mt-4 text-sm">
            <Link href={`/accounts/${accountId}/order`} className="text-blue-700 underline">
              {t("cart.continue")}
            </Link>
          </p>
        </Card>
        {amounts ? (
          <Card title={t("checkout.title")}>
            <p className="mb-4 text-sm text-slate-600">{t("checkout.intro")}</p>
            <CheckoutForm
              action={checkoutAction}
              accountId={accountId}
              methods={methods.map((method) => ({ id: method.id, label: methodLabel(method) }))}
              defaultMethodId={settings?.defaultPaymentMethodId ?? null}
              canSaveCard={meets(access, "billing.manage")}
              testCardsHint={activeGateway().id === "demo" ? tCard("testCards") : null}
              submitLabel={t("checkout.submit", { total: money(amounts.totalMinor) })}
            />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
