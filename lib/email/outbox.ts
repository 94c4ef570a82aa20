import "server-only";
import { db } from "@/lib/db";
import type { EmailCategory, Prisma } from "@/lib/generated/prisma/client";
import type { RenderedEmail } from "@/emails/render";
import { emailFrom, smtpTransport } from "./transport";
import { readStoredAttachments, storeAttachments } from "./attachments";
import { logger } from "@/lib/observability/logger";

type Client = Prisma.TransactionClient | typeof db;

export type EnqueueInput = {
  to: string;
  email: RenderedEmail;
  /** For account emails: the account, the category, and the notification the rows belong to. */
  accountId?: string | null;
  category?: EmailCategory | null;
  notificationId?: string | null;
};

/** Retry delays after the 1st, 2nd, … failure; after the last the row is FAILED. */
export const RETRY_DELAYS_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 6 * 60 * 60_000];
/** A sender that took a row and vanished (crash) gives it back after this long. */
export const CLAIM_LEASE_MS = 5 * 60_000;
const BATCH_SIZE = 20;

/**
 * Writes an email into the outbox inside the caller's transaction, so it exists exactly
 * when the change that caused it commits: a rolled-back change leaves no email. Without
 * SMTP the row is CAPTURED (shown by the development mailbox, never sent). The redacted
 * copy is stored beside it: the only body shown to anyone but the recipient.
 */
export async function enqueueEmail(client: Client, input: EnqueueInput): Promise<void> {
  await enqueueEmails(client, [input]);
}

/**
 * Several emails in one statement (an account notification to all its recipients): one
 * round trip instead of one per recipient, which kept a large account's invoice transaction
 * open long enough to time out when a billing run issued several at once.
 */
export async function enqueueEmails(client: Client, inputs: EnqueueInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const status = smtpTransport() ? "PENDING" : "CAPTURED";
  await client.emailMessage.createMany({
    data: inputs.map((input) => ({
      to: input.to.trim().toLowerCase(),
      subject: input.email.subject,
      html: input.email.html,
      text: input.email.text,
      redactedText: input.email.redactedText,
      attachments: storeAttachments(input.email.attachments),
      template: input.email.template,
      status,
      accountId: input.accountId ?? null,
      category: input.category ?? null,
      notificationId: input.notificationId ?? null,
    })),
  });
}

type ClaimedRow = { id: string; to: string; subject: string; html: string; text: string; attachments: unknown; attempts: number; claimedAt: Date };

/**
 * Takes up to `limit` due rows for this sender. FOR UPDATE SKIP LOCKED plus the claim
 * stamp mean two senders (two app instances) never take the same row; a claim older than
 * the lease (a sender that died mid-way) can be taken again.
 */
async function claimDueRows(limit: number): Promise<ClaimedRow[]> {
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE "EmailMessage" SET "claimedAt" = (now() AT TIME ZONE 'UTC')
    WHERE id IN (
      SELECT id FROM "EmailMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
        AND ("claimedAt" IS NULL OR "claimedAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${CLAIM_LEASE_MS / 1000}))
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, html, text, attachments, attempts, "claimedAt"`;
}

export type DeliveryReport = { sent: number; retrying: number; failed: number };

// Shared by every module instance of this file in the process (Next loads it more than once).
const outboxGlobals = globalThis as unknown as { __clientAreaOutboxStopping?: boolean; __clientAreaOutboxRuns?: Set<Promise<unknown>> };
const runs = (outboxGlobals.__clientAreaOutboxRuns ??= new Set<Promise<unknown>>());

/**
 * For a shutdown: no new batch is claimed from now on, and this resolves once the batches being
 * sent are done (their rows end SENT or back to PENDING with a backoff, never half-claimed).
 * Whatever is left stays PENDING for the next start or another instance.
 */
export async function stopOutboxDelivery(): Promise<void> {
  outboxGlobals.__clientAreaOutboxStopping = true;
  await Promise.allSettled([...runs]);
}

/** Undoes stopOutboxDelivery (tests that stop delivery and go on in the same process). */
export function resumeOutboxDelivery(): void {
  outboxGlobals.__clientAreaOutboxStopping = false;
}

/**
 * Delivers what is due, one batch after another until nothing is left. Each row ends SENT,
 * or PENDING again with a later nextAttemptAt (backoff), or FAILED after the last retry; the
 * server's reply is kept in lastError. Safe to run in several processes at once.
 */
export function deliverPendingEmails(): Promise<DeliveryReport> {
  const run = deliverBatches();
  runs.add(run);
  return run.finally(() => runs.delete(run));
}

async function deliverBatches(): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const transport = smtpTransport();
  if (!transport) return report;
  for (;;) {
    // A shutdown lets the batch in hand finish, then the loop ends here.
    if (outboxGlobals.__clientAreaOutboxStopping) return report;
    const rows = await claimDueRows(BATCH_SIZE);
    if (rows.length === 0) return report;
    for (const row of rows) {
      // Renew the claim right before sending: if a slow batch outlived the lease and another
      // sender took this row meanwhile, the stamp no longer matches and this sender lets it be.
      const renewed = await db.emailMessage.updateMany({ where: { id: row.id, status: "PENDING", claimedAt: row.claimedAt }, data: { claimedAt: new Date() } });
      if (renewed.count !== 1) continue;
      try {
        await transport.sendMail({ from: emailFrom(), to: row.to, subject: row.subject, html: row.html, text: row.text, attachments: readStoredAttachments(row.attachments) });
        await db.emailMessage.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, claimedAt: null, lastError: null } });
        report.sent++;
      } catch (error) {
        const attempts = row.attempts + 1;
        const delay = RETRY_DELAYS_MS[attempts - 1];
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        await db.emailMessage.update({
          where: { id: row.id },
          data: delay === undefined ? { status: "FAILED", attempts, lastError, claimedAt: null } : { attempts, lastError, claimedAt: null, nextAttemptAt: new Date(Date.now() + delay) },
        });
        if (delay === undefined) report.failed++;
        else report.retrying++;
      }
    }
  }
}

let delivering: Promise<unknown> | null = null;

/**
 * Starts delivering soon, without making the caller wait (call it after the transaction
 * that enqueued emails has committed). One run at a time per process; the periodic sender
 * (instrumentation.ts) picks up anything left.
 */
export function deliverSoon(): void {
  if (!smtpTransport() || delivering || outboxGlobals.__clientAreaOutboxStopping) return;
  delivering = new Promise((resolve) => setImmediate(resolve))
    .then(deliverPendingEmails)
    .catch((error: unknown) => logger.error({ err: error }, "email delivery failed"))
    .finally(() => {
      delivering = null;
    });
}
