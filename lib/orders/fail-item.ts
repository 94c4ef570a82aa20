import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { translatorFor } from "@/lib/i18n/messages";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import type { ProvisioningFailure } from "./provisioning-failure";

/**
 * Marks a claimed item FAILED with why, and opens a ticket for the provider with the details,
 * in one transaction. The payment stays: a person finishes or refunds the item from the ticket.
 * Conditional on the item still being claimed and unfinished, so two runs (or a run and the
 * stuck-item sweep) fail it once and open one ticket.
 */
export async function failItem(itemId: string, failure: ProvisioningFailure, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const failed = await tx.orderItem.updateMany({
      where: { id: itemId, state: "PROVISIONING", finishedAt: null },
      data: { state: "FAILED", failureCode: failure.code, failureReason: failure.reason, finishedAt: now, transferCode: null },
    });
    if (failed.count === 0) return false;
    const item = await tx.orderItem.findUniqueOrThrow({
      where: { id: itemId },
      select: { id: true, kind: true, description: true, order: { select: { id: true, accountId: true, invoice: { select: { number: true } }, account: { select: { documentLocale: true } } } } },
    });
    const { accountId } = item.order;
    // Written in the account's language: its members read the ticket too, and the provider's staff answer there.
    const t = translatorFor(item.order.account.documentLocale);
    const subject = t("orders.ticket.subject", { item: item.description }).slice(0, 200);
    const body = t("orders.ticket.body", { item: item.description, invoice: item.order.invoice.number, reason: failure.reason });
    const ticket = await tx.supportTicket.create({
      data: { accountId, department: "TECHNICAL", priority: "HIGH", status: "OPEN", subject, lastReplyAt: now, replies: { create: { body, staffName: t("orders.ticket.author"), createdAt: now } } },
      select: { id: true, number: true },
    });
    await tx.orderItem.update({ where: { id: itemId }, data: { ticketId: ticket.id } });
    await recordActivity(tx, { accountId, actorId: null, kind: "ticket.opened", subjectId: ticket.id, client: null, details: { number: ticket.number, subject, department: "TECHNICAL", priority: "HIGH" } });
    await emitWebhookEvent(tx, { type: "ticket.opened", data: { accountId, ticketId: ticket.id, number: ticket.number, subject, department: "TECHNICAL", priority: "HIGH" } });
    await emitWebhookEvent(tx, { type: "order.item_failed", data: { accountId, orderId: item.order.id, itemId, kind: item.kind, reason: failure.reason, ticketId: ticket.id } });
    return true;
  });
}
