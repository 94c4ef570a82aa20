import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMoney } from "@/lib/invoices/money";
import { sectionTitle } from "@/lib/navigation/page-title";
import { listOrders } from "@/lib/orders/list-orders";
import { requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";

export const generateMetadata = () => sectionTitle("orders");

/** The account's orders, newest first: when, the invoice, the total and how far its items are. */
export default async function OrdersPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  await requireAccountPage(accountId, sectionRequirement("orders"));
  const [t, format, locale, orders] = await Promise.all([getTranslations("orders"), getFormatter(), getLocale(), listOrders(accountId)]);
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("list.title")}</h2>
      <Card>
        {orders.length === 0 ? (
          <p className="text-sm text-slate-600">{t("list.empty")}</p>
        ) : (
          <TableScroll label={t("list.title")}>
            <table className="w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-2 font-medium">{t("list.placed")}</th>
                  <th className="py-2 font-medium">{t("list.invoice")}</th>
                  <th className="py-2 font-medium">{t("list.items")}</th>
                  <th className="py-2 text-right font-medium">{t("list.total")}</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((order) => (
                  <tr key={order.id} className="border-t border-slate-100" data-testid="order-row">
                    <td className="py-2">
                      <Link href={`/accounts/${accountId}/orders/${order.id}`} className="font-medium text-blue-700 underline">
                        {format.dateTime(order.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </Link>
                    </td>
                    <td className="py-2">{order.invoice.number}</td>
                    <td className="py-2">{t("list.progress", { active: order.items.filter((item) => item.state === "ACTIVE").length, count: order.items.length })}</td>
                    <td className="py-2 text-right tabular-nums">{formatMoney(order.invoice.totalMinor, order.invoice.currency, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}
