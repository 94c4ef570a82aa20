import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination/cursor";
import { fetchKeysetPage, type KeysetOrder } from "@/lib/pagination/keyset";

/** Recipient rows a page reads (one message to five people is five rows), before finishing the last message. */
export const EMAILS_PAGE_SIZE = 50;
/** At most this many more rows to finish the page's last message; a bigger one goes on on the next page. */
const MESSAGE_TAIL_LIMIT = 500;

/** Newest first: index `EmailMessage(accountId, createdAt, id)`, read backwards. */
const ORDER: KeysetOrder<"date", "createdAt"> = { field: "createdAt", kind: "date", direction: "desc" };

const EMAIL_ROW = { id: true, to: true, subject: true, redactedText: true, template: true, category: true, status: true, lastError: true, sentAt: true, createdAt: true, notificationId: true } as const;
type EmailRow = Prisma.EmailMessageGetPayload<{ select: typeof EMAIL_ROW }>;

function rowsPage(accountId: string, cursor: string | string[] | undefined | null, pageSize: number) {
  return fetchKeysetPage({
    filter: { accountId } satisfies Prisma.EmailMessageWhereInput,
    order: ORDER,
    cursor,
    pageSize,
    fetch: ({ where, orderBy, take }) => db.emailMessage.findMany({ where, orderBy, take, select: EMAIL_ROW }),
    keyOf: (row) => row.createdAt,
  });
}

/**
 * One page of what was sent for an account, newest first, one entry per message: rows of one
 * notification (one per recipient, written together) are grouped, with each recipient's
 * status. The page is cut between rows, so it is carried on over the rows that follow its
 * last one while they belong to the same message, and a message is not split between pages.
 * The body is the redacted copy, never the delivered text: the history is read by members
 * who are not the recipients (emails.view), and a secret link in it (an invitation, a
 * contact's unsubscribe link) would hand them what it grants.
 */
export async function listAccountEmailsPage(accountId: string, query: { cursor?: string | string[]; pageSize?: number } = {}) {
  const page = await rowsPage(accountId, query.cursor, query.pageSize ?? EMAILS_PAGE_SIZE);
  const rows: EmailRow[] = [...page.items];
  let nextCursor = page.nextCursor;
  const last = rows.at(-1);
  if (nextCursor && last?.notificationId) {
    const tail = await rowsPage(accountId, nextCursor, MESSAGE_TAIL_LIMIT);
    const firstOther = tail.items.findIndex((row) => row.notificationId !== last.notificationId);
    const sameMessage = firstOther === -1 ? tail.items : tail.items.slice(0, firstOther);
    const end = sameMessage.at(-1);
    if (end) {
      rows.push(...sameMessage);
      nextCursor = firstOther === -1 && !tail.nextCursor ? null : encodeCursor<"date">({ key: end.createdAt, id: end.id });
    }
  }
  return { messages: groupByMessage(rows), nextCursor, isFirstPage: page.isFirstPage };
}

function groupByMessage(rows: EmailRow[]) {
  const groups = new Map<string, { id: string; subject: string; redactedText: string; template: string; category: string | null; createdAt: Date; recipients: { to: string; status: string; lastError: string | null }[] }>();
  for (const row of rows) {
    const key = row.notificationId ?? row.id;
    const group = groups.get(key) ?? { id: key, subject: row.subject, redactedText: row.redactedText, template: row.template, category: row.category, createdAt: row.createdAt, recipients: [] };
    group.recipients.push({ to: row.to, status: row.status, lastError: row.lastError });
    groups.set(key, group);
  }
  return [...groups.values()];
}
