import "server-only";
import { fulfilPaidInvoices } from "@/lib/billing/fulfil-paid-invoices";
import { ZAddCard } from "@/lib/billing/schemas";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import { NEW_CARD } from "@/lib/invoices/new-card";
import { payInvoice } from "@/lib/invoices/pay-invoice";
import { payInvoices } from "@/lib/invoices/pay-invoices";
import { newCardFields } from "@/lib/invoices/pay-invoices-schema";
import { PAY_LATER, type TCheckoutPayment } from "./schemas";

export type OrderPayment = "later" | "paid" | "refused";

/**
 * Pays a just-placed order's invoice as the member chose at checkout (a saved method, or a new
 * card kept only when asked and allowed) through the payment functions every invoice uses,
 * then provisions the order at once. A refused card leaves the order placed and its invoice
 * unpaid, to pay from the invoice's page; the refusal is the member's to read.
 */
export async function payPlacedOrder(
  payer: { accountId: string; userId: string; client: ClientInfo; canSaveCard: boolean },
  order: { orderId: string; invoiceId: string },
  payment: TCheckoutPayment,
): Promise<{ payment: OrderPayment; refusal?: string }> {
  if (payment.methodId === PAY_LATER) return { payment: "later" };
  try {
    if (payment.methodId === NEW_CARD) {
      await payInvoices({ accountId: payer.accountId, userId: payer.userId, client: payer.client }, { invoiceIds: [order.invoiceId], card: { card: ZAddCard.parse(newCardFields(payment)), save: payment.saveCard && payer.canSaveCard } });
    } else {
      await payInvoice({ accountId: payer.accountId, userId: payer.userId, client: payer.client }, { invoiceId: order.invoiceId, methodId: payment.methodId });
    }
  } catch (error) {
    if (error instanceof UserError) return { payment: "refused", refusal: error.code };
    throw error;
  }
  await fulfilPaidInvoices([order.invoiceId]);
  return { payment: "paid" };
}
