import "server-only";
import { db } from "@/lib/db";
import { applyPaidDomainRenewals } from "@/lib/domains/renewals/apply-paid-renewals";
import { provisionPaidOrders } from "@/lib/orders/provision-paid-orders";
import { logger } from "@/lib/observability/logger";
import { applyPaidUpgrades } from "@/lib/services/upgrades/apply-paid-upgrades";

/**
 * What paying an invoice does beyond money (its lines' purposes: renew a domain, upgrade a
 * service, provision an order's items, …), applied right after a payment committed, so the member sees the result on the
 * page that reloads. Every door that pays calls this one function: the member's pay actions, checkout's
 * payment and auto-pay when an invoice is issued. Each step is the same idempotent job function the
 * scheduler runs (lib/jobs/registry.ts), limited to these invoices, so a step that fails here is
 * logged, never shown: the payment stands and the scheduled run applies the line instead.
 */
const FULFILMENTS: { name: string; apply: (invoiceIds: string[]) => Promise<unknown> }[] = [
  { name: "domain renewals", apply: (invoiceIds) => applyPaidDomainRenewals({ invoiceIds }) },
  { name: "upgrades", apply: async (invoiceIds) => { for (const invoiceId of invoiceIds) await applyPaidUpgrades({ invoiceId }); } },
  { name: "order items", apply: async (invoiceIds) => { for (const order of await db.order.findMany({ where: { invoiceId: { in: invoiceIds } }, select: { id: true } })) await provisionPaidOrders({ orderId: order.id }); } },
];

export async function fulfilPaidInvoices(invoiceIds: readonly string[]): Promise<void> {
  for (const fulfilment of FULFILMENTS) {
    await fulfilment.apply([...invoiceIds]).catch((error: unknown) => logger.error({ err: error, invoiceIds }, `applying paid ${fulfilment.name} after payment failed; the scheduled job applies them`));
  }
}
