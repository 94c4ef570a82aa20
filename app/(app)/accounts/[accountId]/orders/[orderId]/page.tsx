import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RefreshWhile } from "@/components/orders/refresh-while";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMoney } from "@/lib/invoices/money";
import { isUuid } from "@/lib/ids";
import { recordTitle } from "@/lib/navigation/page-title";
import { orderName } from "@/lib/navigation/record-names";
import { findOrder } from "@/lib/orders/list-orders";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";

export async function generateMetadata({ params }: { params: Promise<{ accountId: string; orderId: string }> }) {
  const { accountId, orderId } = await params;
  return recordTitle(accountId, "orders/[orderId]", () => orderName(accountId, orderId));
}

const TONES: Record<string, StatusTone> = { AWAITING_PAYMENT: "waiting", PROVISIONING: "waiting", ACTIVE: "good", FAILED: "bad" };

const FAILURE_CODES = new Set(["domainTaken", "transferCodeWrong", "transferLocked", "registrarUnknownDomain", "domainExtensionUnsupported", "driverTimeout", "interrupted", "driverFault"]);

/**
 * One order: each item's state (waiting for payment, being set up, active, failed with the
 * reason and the ticket opened for it), with links to what it became. The page refreshes
 * itself while an item is being set up or its paid invoice has not been picked up yet.
 */
export default async function OrderPage({ params, searchParams }: { params: Promise<{ accountId: string; orderId: string }>; searchParams: Promise<{ payment?: string; reason?: string }> }) {
  const { accountId, orderId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("orders/[orderId]"));
  // Looked up inside this account: another account's order is "not found", like a missing one.
  const order = isUuid(orderId) ? await findOrder(accountId, orderId) : null;
  if (!order) notFound();
  const { payment, reason } = await searchParams;
  const [t, tErrors, format, locale] = await Promise.all([getTranslations("orders"), getTranslations("errors"), getFormatter(), getLocale()]);
  const changing = order.items.some((item) => item.state === "PROVISIONING" || (item.state === "AWAITING_PAYMENT" && order.invoice.status === "PAID"));
  const refusal = payment === "refused" && reason && tErrors.has(reason as never) ? tErrors(reason as never) : null;
  const base = `/accounts/${accountId}`;

  return (
    <div className="space-y-4">
      <Link href={`${base}/orders`} className="inline-flex min-h-6 items-center gap-1 text-sm font-medium text-blue-700 underline hover:text-blue-900">
        <span aria-hidden="true">←</span>
        {t("order.back")}
      </Link>
      <h2 className="text-lg font-semibold">{t("order.title", { date: format.dateTime(order.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</h2>
      <RefreshWhile active={changing} />
      {payment === "refused" ? <Alert tone="error">{t("order.paymentRefused", { reason: refusal ?? "" })}</Alert> : null}
      {payment === "later" ? <Alert tone="info">{t("order.payLater", { number: order.invoice.number })}</Alert> : null}
      <Card>
        <p className="mb-4 text-sm">
          {meets(access, "invoices.view") ? (
            <Link href={`${base}/invoices/${order.invoice.id}`} className="text-blue-700 underline">
              {t("order.invoice", { number: order.invoice.number })}
            </Link>
          ) : (
            t("order.invoice", { number: order.invoice.number })
          )}{" "}
          · {formatMoney(order.invoice.totalMinor, order.invoice.currency, locale)}
        </p>
        <TableScroll label={t("order.items")}>
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 font-medium">{t("order.item")}</th>
                <th className="py-2 font-medium">{t("order.state")}</th>
                <th className="py-2 text-right font-medium">{t("cart.price")}</th>
              </tr>
            </thead>
            <tbody>
              {order.items.map((item) => (
                <tr key={item.id} className="border-t border-slate-100 align-top" data-testid="order-item">
                  <td className="py-2">
                    <p>{item.description}</p>
                    {item.kind !== "SERVICE" ? (
                      <p className="text-slate-600">{t("order.registrant", { name: item.registrant ? `${item.registrant.firstName} ${item.registrant.lastName}${item.registrant.company ? ` (${item.registrant.company})` : ""}` : access.account.legalName })}</p>
                    ) : null}
                    {item.serviceId && meets(access, "services.view") ? (
                      <Link href={`${base}/services/${item.serviceId}`} className="text-blue-700 underline">
                        {t("order.openService")}
                      </Link>
                    ) : null}
                    {item.domainId && meets(access, "domains.view") ? (
                      <Link href={`${base}/domains?domain=${item.domainId}`} className="text-blue-700 underline">
                        {t("order.openDomain")}
                      </Link>
                    ) : null}
                  </td>
                  <td className="py-2">
                    <StatusBadge tone={TONES[item.state] ?? "ended"} status={item.state} label={t(`order.states.${item.state}`)} testId="order-item-state" />
                    {item.state === "FAILED" ? (
                      <p className="mt-1 text-slate-700" data-testid="order-item-failure">
                        {t(`failures.${FAILURE_CODES.has(item.failureCode ?? "") ? (item.failureCode as "driverFault") : "driverFault"}`)}{" "}
                        {item.ticketId && meets(access, "support.view") ? (
                          <Link href={`${base}/support/${item.ticketId}`} className="text-blue-700 underline">
                            {t("order.ticket")}
                          </Link>
                        ) : null}
                      </p>
                    ) : null}
                  </td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(item.priceMinor, item.currency, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
    </div>
  );
}
