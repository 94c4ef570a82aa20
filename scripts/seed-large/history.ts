import type { LoadStep } from "./context";
import { LARGE_ACCOUNT } from "./plan";

/** Kinds of the activity log (lib/audit/record-activity.ts) that a working account records most. */
const ACTIVITY_KINDS = [
  "invoice.paid",
  "ticket.opened",
  "ticket.replied",
  "service.panel_opened",
  "service.restarted",
  "ticket.closed",
  "domain.nameservers_changed",
  "service.settings_changed",
  "member.updated",
  "contact.updated",
  "billing.details_updated",
  "domain.auto_renew_changed",
];

/**
 * The activity log: the large account's 20,000 events over about 600 days by its members,
 * the rest by each account's owner over five years. Ids are UUIDv7 of the event's time, as
 * the app writes them (the log is ordered and paged by id).
 */
export const activity: LoadStep = {
  name: "activity events",
  async run({ run, plan }) {
    const rows = await run(
      `INSERT INTO "ActivityEvent" (id, "accountId", "actorId", "subjectId", kind, ip, details, "createdAt")
       SELECT pg_temp.uuid7(at), a.id, actor, CASE WHEN event_kind = 'member.updated' THEN actor END, event_kind, '203.0.113.' || (e % 250 + 1),
              CASE WHEN event_kind LIKE 'invoice.%' THEN jsonb_build_object('number', 'INV-' || extract(year FROM at) || '-' || lpad((e % 90000)::text, 6, '0'), 'amount', (e % 9000) + 500)
                   WHEN event_kind LIKE 'ticket.%' THEN jsonb_build_object('number', 100000 + e % 900000, 'subject', 'Website very slow in the evenings')
                   WHEN event_kind LIKE 'service.%' THEN jsonb_build_object('product', 'Web Hosting Pro', 'domain', 'nova' || e || '.example')
                   WHEN event_kind LIKE 'domain.%' THEN jsonb_build_object('domain', 'nova' || e || '.example', 'before', jsonb_build_array('ns1.nubehost.example'), 'after', jsonb_build_array('ns1.fastdns.example'))
                   ELSE jsonb_build_object('changed', jsonb_build_array('addressLine1', 'city')) END,
              at
       FROM generate_series(1, $1::bigint + $2::bigint) e
       JOIN bench_acc a ON a.n = CASE WHEN e <= $1 THEN 0 ELSE 1 + (e - $1 - 1) % $3 END
       LEFT JOIN bench_usr m ON e <= $1 AND e % 5 <> 0 AND m.n = 1 + e % $4
       CROSS JOIN LATERAL (SELECT coalesce(m.id, a.owner_id) AS actor, pg_temp.pick($5, e / 7) AS event_kind,
                                  (CASE WHEN e <= $1 THEN now() - make_interval(mins => (e * 43)::int)
                                        ELSE now() - make_interval(mins => ((e * 7919) % (5 * 365 * 24 * 60))::int) END)::timestamp AS at) t`,
      [LARGE_ACCOUNT.activityEvents, plan.bulk.activityEvents, plan.bulkAccounts, LARGE_ACCOUNT.members, ACTIVITY_KINDS],
    );
    return { ActivityEvent: rows };
  },
};

/** Account email templates (emails/account) with the category members and contacts choose by. */
const TEMPLATES_SQL = `(VALUES
  (0, 'invoice-issued', 'BILLING', 'New invoice'),
  (1, 'payment-receipt', 'BILLING', 'Payment received for invoice'),
  (2, 'ticket-reply', 'SUPPORT', 'New reply to your ticket'),
  (3, 'ticket-opened', 'SUPPORT', 'Ticket opened'),
  (4, 'service-activated', 'SERVICES', 'Your service is active'),
  (5, 'domain-renewal', 'DOMAINS', 'Domain renewal reminder'),
  (6, 'invoice-issued', 'BILLING', 'New invoice'),
  (7, 'member-joined', 'GENERAL', 'A new member joined')
) AS templates(i, template, category, subject)`;

/**
 * The outbox's history: account emails already SENT (so the sender has nothing to do), with
 * a short body and its redacted text; the large account's 10,000 go to its members.
 */
export const emails: LoadStep = {
  name: "emails",
  async run({ run, plan }) {
    const rows = await run(
      `INSERT INTO "EmailMessage" (id, "to", subject, html, text, "redactedText", template, status, attempts, "sentAt", "nextAttemptAt", "accountId", category, "notificationId", "createdAt")
       SELECT pg_temp.uuid7(at), recipient, email_subject, '<p>' || body || '</p>', body, body, templates.template, 'SENT', 1, at + interval '3 seconds', at, a.id,
              templates.category::"EmailCategory", pg_temp.uuid7(at), at
       FROM generate_series(1, $1::bigint + $2::bigint) m
       JOIN bench_acc a ON a.n = CASE WHEN m <= $1 THEN 0 ELSE 1 + (m - $1 - 1) % $3 END
       LEFT JOIN bench_usr u ON m <= $1 AND m % 4 <> 0 AND u.n = 1 + m % $4
       JOIN ${TEMPLATES_SQL} ON templates.i = m % 8
       CROSS JOIN LATERAL (SELECT coalesce(u.email, a.owner_email) AS recipient,
                                  templates.subject || ' (' || a.legal_name || ', ref. ' || m || ')' AS email_subject,
                                  'Hello, this is a message about your account ' || a.legal_name || '. Reference ' || m || '. You can see the details in the client area.' AS body,
                                  (CASE WHEN m <= $1 THEN now() - make_interval(mins => (m * 90)::int)
                                        ELSE now() - make_interval(mins => ((m * 6007) % (3 * 365 * 24 * 60))::int) END)::timestamp AS at) t`,
      [LARGE_ACCOUNT.emails, plan.bulk.emails, plan.bulkAccounts, LARGE_ACCOUNT.members],
    );
    return { EmailMessage: rows };
  },
};
