import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import { refuseWhilePaymentPending } from "./payment-in-progress";

/**
 * The provider cancels an unpaid invoice (an invoice issued in error, a service that was not
 * delivered): it becomes CANCELLED and the account's activity says so, without an actor (the
 * provider). A paid invoice is refunded, not cancelled; a cancelled one stays as it is. The
 * conditional update decides when a payment arrives at the same moment: one of the two wins.
 * While a card payment of it is pending it is refused: that charge may have gone through.
 */
export async function cancelInvoice(invoiceId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const invoice = await tx.invoice.findUnique({ where: { id: invoiceId }, select: { id: true, accountId: true, number: true, totalMinor: true, currency: true } });
    if (!invoice) throw new UserError("notFound");
    // Under the invoice's lock, which every card payment attempt is opened under.
    await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${invoice.id}::uuid FOR UPDATE`;
    await refuseWhilePaymentPending(tx, [invoice]);
    const cancelled = await tx.invoice.updateMany({ where: { id: invoice.id, status: "UNPAID" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    if (cancelled.count === 0) {
      const { status } = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { status: true } });
      throw new UserError(status === "CANCELLED" ? "invoiceIsCancelled" : "invoiceIsPaid", { number: invoice.number });
    }
    await recordActivity(tx, {
      accountId: invoice.accountId,
      actorId: null,
      kind: "invoice.cancelled",
      subjectId: invoice.id,
      client: null,
      details: { number: invoice.number, amountMinor: invoice.totalMinor, currency: invoice.currency },
    });
  });
}
