import type { LoadStep } from "./context";
import { LARGE_ACCOUNT } from "./plan";

const SUBJECTS = [
  "Emails to our domain bounce",
  "Website very slow in the evenings",
  "SSL certificate renewal failed",
  "Invoice shows the wrong tax ID",
  "Cannot connect over SFTP",
  "Please increase the PHP memory limit",
  "Do you offer managed backups?",
  "DNS change not visible yet",
  "Mailbox quota reached",
  "VPS does not boot after upgrade",
  "Change of billing contact",
  "Question about the next renewal",
];
const STAFF = ["Irene (Nube Hosting support)", "Marc (Nube Hosting support)", "Jonas (Nube Hosting billing)", "Clara (Nube Hosting sales)"];

/**
 * Tickets with their conversations, written in the states the app leaves them in: the
 * member's first message; a staff reply makes it ANSWERED; a member's answer after that
 * CUSTOMER_REPLY; closed a day after. Tickets of the last week are still in conversation,
 * older ones mostly closed (one in eight still waiting for the customer). The large
 * account's are opened by its members over about 500 days; numbers follow the opening time.
 */
export const tickets: LoadStep = {
  name: "tickets and replies",
  async run({ run, plan }) {
    await run(
      `CREATE TEMP TABLE bench_tkt ON COMMIT DROP AS
       WITH base AS (
         SELECT t, a.id AS account_id, a.n AS account_n,
                CASE WHEN t <= $1 AND t % 10 <> 0 THEN m.id ELSE a.owner_id END AS opener,
                CASE WHEN t <= $1 THEN date_trunc('second', now() - make_interval(hours => (t * 6)::int))
                     ELSE date_trunc('second', now() - make_interval(days => (((t - $1 - 1) / $3) * 60 + a.n % 50)::int, hours => (t % 24)::int)) END::timestamp AS created,
                CASE WHEN t <= $1 THEN 1 + t % $5 ELSE $5 + a.n END AS service_s
         FROM generate_series(1, $1::bigint + $2::bigint) t
         JOIN bench_acc a ON a.n = CASE WHEN t <= $1 THEN 0 ELSE 1 + (t - $1 - 1) % $3 END
         LEFT JOIN bench_usr m ON t <= $1 AND m.n = 1 + t % $4
       )
       SELECT base.*, pg_temp.uuid7(base.created) AS id, s.id AS service_id,
              CASE WHEN base.created > now() - interval '7 days' THEN pg_temp.pick('{OPEN,ANSWERED,CUSTOMER_REPLY}', base.t)
                   WHEN base.t % 8 = 0 THEN 'ANSWERED' ELSE 'CLOSED' END::"TicketStatus" AS status
       FROM base LEFT JOIN bench_svc s ON base.t % 3 = 0 AND s.s = base.service_s AND s.account_n = base.account_n`,
      [LARGE_ACCOUNT.tickets, plan.bulk.tickets, plan.bulkAccounts, LARGE_ACCOUNT.members, LARGE_ACCOUNT.services],
    );
    await run(`ALTER TABLE bench_tkt ADD COLUMN last_reply timestamp`);
    await run(
      `UPDATE bench_tkt SET last_reply = created + CASE status WHEN 'OPEN' THEN interval '0' WHEN 'CUSTOMER_REPLY' THEN interval '5 hours' ELSE interval '2 hours' END`,
    );
    // Inserted in opening order, so the ticket numbers (a sequence) grow with time.
    const ticketRows = await run(
      `INSERT INTO "SupportTicket" (id, "accountId", department, subject, priority, status, "serviceId", "openedById", "lastReplyAt", "closedAt", "createdAt", "updatedAt")
       SELECT id, account_id, pg_temp.pick('{TECHNICAL,TECHNICAL,BILLING,SALES}', t)::"TicketDepartment", pg_temp.pick($1, t / 4),
              pg_temp.pick('{MEDIUM,LOW,HIGH,MEDIUM}', t / 3)::"TicketPriority", status, service_id, opener, last_reply,
              CASE WHEN status = 'CLOSED' THEN created + interval '1 day' END,
              created, CASE WHEN status = 'CLOSED' THEN created + interval '1 day' ELSE last_reply END
       FROM bench_tkt ORDER BY created, t`,
      [SUBJECTS],
    );
    let replies = await run(
      `INSERT INTO "TicketReply" (id, "ticketId", "authorId", body, "createdAt")
       SELECT pg_temp.uuid7(created), id, opener, 'Hello, since yesterday we see a problem with ' || pg_temp.pick($1, t / 4) || '. Could you have a look? Ticket reference ' || t || '.', created
       FROM bench_tkt`,
      [SUBJECTS],
    );
    replies += await run(
      `INSERT INTO "TicketReply" (id, "ticketId", "staffName", body, "createdAt")
       SELECT pg_temp.uuid7(created + interval '2 hours'), id, pg_temp.pick($1, t),
              E'Thank you for writing. We have looked into it and applied a fix on our side.\\nPlease tell us whether it works for you now.', created + interval '2 hours'
       FROM bench_tkt WHERE status <> 'OPEN'`,
      [STAFF],
    );
    replies += await run(
      `INSERT INTO "TicketReply" (id, "ticketId", "authorId", body, "createdAt")
       SELECT pg_temp.uuid7(created + interval '5 hours'), id, opener, 'Thanks, it still happens now and then. Could you check again?', created + interval '5 hours'
       FROM bench_tkt WHERE status = 'CUSTOMER_REPLY'`,
    );
    return { SupportTicket: ticketRows, TicketReply: replies };
  },
};
