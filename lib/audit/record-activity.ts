import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";

/** The kinds of change the activity log records; the log's filter offers these. */
export const ACTIVITY_KINDS = [
  "account.created",
  "account.updated",
  "account.closed",
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
