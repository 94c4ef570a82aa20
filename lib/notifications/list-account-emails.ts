import "server-only";
import { db } from "@/lib/db";

/**
 * What was sent for an account, newest first, one entry per message: rows of one
 * notification (one per recipient) are grouped, with each recipient's status.
 * The body is the redacted copy, never the delivered text: the history is read by members
 * who are not the recipients (emails.view), and a secret link in it (an invitation, a
 * contact's unsubscribe link) would hand them what it grants.
 */
export async function listAccountEmails(accountId: string, take = 200) {
  const rows = await db.emailMessage.findMany({
    where: { accountId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, to: true, subject: true, redactedText: true, template: true, category: true, status: true, lastError: true, sentAt: true, createdAt: true, notificationId: true },
  });
  const groups = new Map<string, { id: string; subject: string; redactedText: string; template: string; category: string | null; createdAt: Date; recipients: { to: string; status: string; lastError: string | null }[] }>();
  for (const row of rows) {
    const key = row.notificationId ?? row.id;
    const group = groups.get(key) ?? { id: key, subject: row.subject, redactedText: row.redactedText, template: row.template, category: row.category, createdAt: row.createdAt, recipients: [] };
    group.recipients.push({ to: row.to, status: row.status, lastError: row.lastError });
    groups.set(key, group);
  }
  return [...groups.values()];
}
