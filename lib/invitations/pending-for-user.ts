import "server-only";
import { db } from "@/lib/db";

/**
 * The invitations waiting for a signed-in person: pending, unexpired, to their own address,
 * in accounts still open. Signing in needs a verified address (lib/users/authenticate.ts), so the
 * person has proven the mailbox these were sent to: what the invitation link proves.
 */
export function pendingInvitationsFor(user: { email: string }, now: Date = new Date()) {
  return db.invitation.findMany({
    where: { email: user.email, status: "PENDING", expiresAt: { gt: now }, account: { status: "ACTIVE" } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, expiresAt: true, account: { select: { legalName: true } }, invitedBy: { select: { name: true } } },
  });
}
