import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";

/** The kinds of change the activity log records; the log's filter offers these. */
export const ACTIVITY_KINDS = [
  "account.created",
  "account.updated",
  "account.closed",
  "account.suspended",
  "account.reactivated",
  "invitation.sent",
  "invitation.revoked",
  "invitation.accepted",
  "member.updated",
  "member.removed",
  "member.left",
  "contact.created",
  "contact.updated",
  "contact.deleted",
  "contact.activated",
  "preferences.updated",
  "profile.created",
  "profile.updated",
  "profile.deleted",
  "ownership.transfer_started",
  "ownership.transfer_cancelled",
  "ownership.transferred",
  "seat.freed",
  "seat.limit_changed",
  "service.restarted",
  "service.password_reset",
  "service.settings_changed",
  "service.panel_opened",
  "service.upgrade_requested",
  "service.cancellation_requested",
  "service.created",
  "service.updated",
  "service.suspended",
  "service.unsuspended",
  "service.terminated",
  "service.upgrade_accepted",
  "service.upgrade_refused",
  "service.cancellation_accepted",
  "service.cancellation_refused",
  "domain.nameservers_changed",
  "domain.lock_changed",
  "domain.auto_renew_changed",
  "domain.registrant_changed",
  "domain.transfer_code_revealed",
  "domain.created",
  "domain.status_changed",
  "domain.expiry_changed",
  "billing.details_updated",
  "billing.auto_pay_changed",
  "payment_method.added",
  "payment_method.removed",
  "payment_method.default_changed",
  "invoice.paid",
  "invoice.cancelled",
  "ticket.opened",
  "ticket.replied",
  "ticket.closed",
  "ticket.reopened",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Writes one activity event inside the transaction of the change it records. */
export async function recordActivity(
  tx: Prisma.TransactionClient,
  event: { accountId: string; actorId: string | null; kind: ActivityKind; subjectId?: string | null; client: Pick<ClientInfo, "ip"> | null; details?: Prisma.InputJsonObject },
): Promise<void> {
  await tx.activityEvent.create({
    data: {
      accountId: event.accountId,
      actorId: event.actorId,
      subjectId: event.subjectId ?? null,
      kind: event.kind,
      ip: event.client?.ip ?? null,
      details: event.details ?? {},
    },
  });
}
