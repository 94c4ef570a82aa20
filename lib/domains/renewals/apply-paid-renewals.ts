import "server-only";
import { recordActivity } from "@/lib/audit/record-activity";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyAccount } from "@/lib/notifications/notify-account";
import { logger } from "@/lib/observability/logger";
import { registrarFor } from "@/lib/registrars/registry";
import { RegistrarRefusal } from "@/lib/registrars/types";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { domainRenewedEmail } from "@/emails/account/domain-renewed";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A renewal the registrar refused is tried again this long after, not on every run of the job. */
export const REFUSED_RENEWAL_RETRY_MS = DAY_MS;

type ClaimedLine = { id: string; invoiceId: string; domainId: string; years: number; number: string; refusedBefore: boolean };

export type AppliedRenewals = { renewed: number; refused: number; failed: number };

/**
 * Applies paid domain renewals at the registrar: every DOMAIN_RENEWAL line of a paid invoice
 * not yet fulfilled renews its domain for the line's years, moves Domain.expiresAt, sets
 * fulfilledAt, and writes the activity event, the domain.renewed webhook and the email to the
 * account's domain recipients, all in one transaction per line. Run by the scheduler every few
 * seconds, and right after a member's payment for the invoices it paid (`invoiceIds`).
 *
 * Exactly once, run twice or from two processes: each line is claimed with FOR UPDATE SKIP
 * LOCKED among lines whose fulfilledAt is null, so a second run skips the line being renewed
 * and, once that commits, no longer sees it. The demo registrar keeps its registry in this
 * database, so its renewal joins that transaction: the registry's new expiry and fulfilledAt
 * commit together or not at all.
 *
 * A real registrar (EPP/REST) cannot join a transaction; its driver needs this design instead:
 * (1) claim: a short transaction stamps the line `claimedAt` with the expiry it renews from
 * and commits (no lock held during the call); (2) the registrar's renew, sent with the line's
 * id as the client transaction id and the current expiry (EPP <domain:renew> requires
 * curExpDate, which makes a repeat for the same period fail instead of adding a year twice);
 * (3) record: expiresAt, fulfilledAt, event, webhook, email, conditional on the claim. A line
 * claimed long ago and never recorded (a crash between 2 and 3) is retried by first asking the
 * registrar for the domain's expiry: already the claimed start plus the years means the renewal
 * went through, so it is recorded without renewing again.
 *
 * A registrar's refusal (RegistrarRefusal) leaves the line unfulfilled, keeps the reason in
 * DomainRenewalRefusal, and tells the provider once: a `domain.renewal_failed` webhook and an
 * activity event the account sees; it is retried a day later. Any other failure (a fault, a
 * timeout) rolls the line's transaction back and it is tried on the next run.
 */
export async function applyPaidDomainRenewals(options: { now?: Date; invoiceIds?: string[] } = {}): Promise<AppliedRenewals> {
  const now = options.now ?? new Date();
  const result: AppliedRenewals = { renewed: 0, refused: 0, failed: 0 };
  // Lines tried in this run, renewed or not: a line that failed is not tried again until the next run.
  const tried: string[] = [];
  for (;;) {
    // Which line this round claimed, known outside the transaction when it throws.
    const round: { line: ClaimedLine | null } = { line: null };
    try {
      const outcome = await db.$transaction(
        async (tx) => {
          round.line = await claimNextLine(tx, { now, invoiceIds: options.invoiceIds, tried });
          return round.line ? applyLine(tx, round.line, now) : null;
        },
        { timeout: 30_000 },
      );
      if (!outcome) break;
      result[outcome] += 1;
    } catch (error) {
      if (!round.line) throw error;
      result.failed += 1;
      logger.error({ err: error, invoiceLineId: round.line.id }, "domain renewal failed; it is tried again on the next run");
    }
    if (round.line) tried.push(round.line.id);
  }
  if (result.renewed || result.refused) deliverSoon();
  return result;
}

async function claimNextLine(tx: Prisma.TransactionClient, input: { now: Date; invoiceIds?: string[]; tried: string[] }): Promise<ClaimedLine | null> {
  const retryBefore = new Date(input.now.getTime() - REFUSED_RENEWAL_RETRY_MS);
  const onlyInvoices = input.invoiceIds ?? null;
  const [line] = await tx.$queryRaw<ClaimedLine[]>`
    SELECT l.id, l."invoiceId", l."domainId", l.years, i.number, (r."invoiceLineId" IS NOT NULL) AS "refusedBefore"
    FROM "InvoiceLine" l
    JOIN "Invoice" i ON i.id = l."invoiceId"
    LEFT JOIN "DomainRenewalRefusal" r ON r."invoiceLineId" = l.id
    WHERE l.purpose = 'DOMAIN_RENEWAL' AND l."fulfilledAt" IS NULL AND i.status = 'PAID'
      AND l."domainId" IS NOT NULL AND l.years IS NOT NULL
      AND (r."lastTriedAt" IS NULL OR r."lastTriedAt" <= ${retryBefore})
      AND NOT (l.id = ANY(${input.tried}::uuid[]))
      AND (${onlyInvoices}::uuid[] IS NULL OR l."invoiceId" = ANY(${onlyInvoices}::uuid[]))
    ORDER BY l.id
    LIMIT 1
    FOR UPDATE OF l SKIP LOCKED`;
  return line ?? null;
}

async function applyLine(tx: Prisma.TransactionClient, line: ClaimedLine, now: Date): Promise<"renewed" | "refused"> {
  const domain = await tx.domain.findUniqueOrThrow({ where: { id: line.domainId } });
  let expiresAt: Date;
  try {
    ({ expiresAt } = await registrarFor(domain.registrar).renew(tx, domain.name, line.years, now));
  } catch (error) {
    if (!(error instanceof RegistrarRefusal)) throw error;
    await recordRefusal(tx, line, domain, error, now);
    return "refused";
  }
  // The line was claimed under its row lock with fulfilledAt null: this update is the one that fulfils it.
  await tx.invoiceLine.update({ where: { id: line.id }, data: { fulfilledAt: now } });
  await tx.domain.update({ where: { id: domain.id }, data: { expiresAt, ...(domain.status === "EXPIRED" ? { status: "ACTIVE" } : {}) } });
  await tx.domainRenewalRefusal.deleteMany({ where: { invoiceLineId: line.id } });
  const details = { domain: domain.name, years: line.years, before: domain.expiresAt.toISOString(), after: expiresAt.toISOString(), number: line.number };
  await recordActivity(tx, { accountId: domain.accountId, actorId: null, subjectId: domain.id, client: null, kind: "domain.renewed", details });
  await emitWebhookEvent(tx, {
    type: "domain.renewed",
    data: { accountId: domain.accountId, domainId: domain.id, domain: domain.name, years: line.years, expiresAt: expiresAt.toISOString(), invoiceId: line.invoiceId },
  });
  await notifyAccount(
    domain.accountId,
    "DOMAINS",
    domainRenewedEmail({ domain: domain.name, years: line.years, expiresAt: expiresAt.toISOString(), url: appUrl(`/accounts/${domain.accountId}/domains?domain=${domain.id}`) }),
    { tx },
  );
  return "renewed";
}

/** The reason kept, and the provider told the first time only (the daily retries stay quiet). */
async function recordRefusal(tx: Prisma.TransactionClient, line: ClaimedLine, domain: { id: string; accountId: string; name: string }, refusal: RegistrarRefusal, now: Date) {
  await tx.domainRenewalRefusal.upsert({
    where: { invoiceLineId: line.id },
    create: { invoiceLineId: line.id, domainId: domain.id, code: refusal.code, values: refusal.values, firstRefusedAt: now, lastTriedAt: now },
    update: { code: refusal.code, values: refusal.values, lastTriedAt: now },
  });
  if (line.refusedBefore) return;
  await recordActivity(tx, {
    accountId: domain.accountId,
    actorId: null,
    subjectId: domain.id,
    client: null,
    kind: "domain.renewal_refused",
    details: { domain: domain.name, years: line.years, number: line.number, reason: refusal.code },
  });
  await emitWebhookEvent(tx, { type: "domain.renewal_failed", data: { accountId: domain.accountId, domainId: domain.id, domain: domain.name, invoiceId: line.invoiceId, reason: refusal.code } });
}
