import "server-only";
import { db } from "@/lib/db";
import { notifyBilling } from "@/lib/billing/notify-billing";
import { appUrl } from "@/lib/email/app-url";
import { deliverSoon } from "@/lib/email/outbox";
import type { InvoiceReminderKind } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/observability/logger";
import { paymentReminderEmail } from "@/emails/account/payment-reminder";
import { daysAfter } from "./periods";
import { oldestRemindableDueAt, reminderPlan, type ReminderPlan } from "./reminder-plan";
import { billingSettings, type BillingSettings } from "./settings";

const BATCH = 500;

type Candidate = { id: string; accountId: string; number: string; totalMinor: number; currency: string; issuedAt: Date; dueAt: Date; had: InvoiceReminderKind[] };

export type SendPaymentRemindersReport = { sent: number; passedOver: number; failed: number };

/**
 * The job that sends payment reminders: before an unpaid invoice's due date
 * (BILLING_REMINDER_DAYS_BEFORE) and twice when it is overdue (BILLING_OVERDUE_REMINDER_DAYS,
 * BILLING_SECOND_OVERDUE_REMINDER_DAYS), each once per invoice: the InvoiceReminder row's
 * primary key (invoiceId, kind) is written in the same transaction as the email, and a row
 * another runner wrote first turns this one's insert into nothing, and its email with it.
 * A closed account's invoices get none: nobody can open the account to pay them.
 */
export async function sendPaymentReminders(now: Date): Promise<SendPaymentRemindersReport> {
  const settings = billingSettings();
  const report: SendPaymentRemindersReport = { sent: 0, passedOver: 0, failed: 0 };
  const latestDueAt = daysAfter(now, settings.reminderDaysBefore);
  const oldestDueAt = oldestRemindableDueAt(now, settings);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const candidates = await db.$queryRaw<Candidate[]>`
      SELECT i.id, i."accountId", i.number, i."totalMinor", i.currency, i."issuedAt", i."dueAt",
             coalesce(array_agg(r.kind) FILTER (WHERE r.kind IS NOT NULL), '{}')::text[] AS had
      FROM "Invoice" i JOIN "ClientAccount" a ON a.id = i."accountId" LEFT JOIN "InvoiceReminder" r ON r."invoiceId" = i.id
      WHERE i.status = 'UNPAID' AND a.status <> 'CLOSED' AND i."dueAt" <= ${latestDueAt} AND i."dueAt" > ${oldestDueAt} AND i.id > ${after}::uuid
      GROUP BY i.id ORDER BY i.id LIMIT ${BATCH}`;
    for (const invoice of candidates) {
      const plan = reminderPlan(invoice, now, settings, invoice.had);
      if (!plan) continue;
      try {
        if (await remind(invoice, plan, now, settings)) {
          report.sent++;
          report.passedOver += plan.passOver.length;
        }
      } catch (error) {
        report.failed++;
        logger.error({ err: error, invoiceId: invoice.id }, "recurring billing: a payment reminder failed");
      }
    }
    if (candidates.length < BATCH) break;
    after = candidates.at(-1)!.id;
  }
  if (report.sent > 0) deliverSoon();
  return report;
}

async function remind(invoice: Candidate, plan: ReminderPlan, now: Date, settings: BillingSettings): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // Paid or cancelled since it was read: no reminder. The invoice row is share-locked so a payment committing now waits for this email or comes first.
    const [current] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Invoice" WHERE id = ${invoice.id}::uuid FOR SHARE`;
    if (current?.status !== "UNPAID") return false;
    const inserted = await tx.invoiceReminder.createMany({ data: [{ invoiceId: invoice.id, kind: plan.send, sentAt: now }], skipDuplicates: true });
    if (inserted.count === 0) return false;
    if (plan.passOver.length) await tx.invoiceReminder.createMany({ data: plan.passOver.map((kind) => ({ invoiceId: invoice.id, kind, sentAt: null })), skipDuplicates: true });
    await notifyBilling(
      tx,
      invoice.accountId,
      paymentReminderEmail({
        kind: plan.send,
        number: invoice.number,
        totalMinor: invoice.totalMinor,
        currency: invoice.currency,
        dueAt: invoice.dueAt,
        url: appUrl(`/accounts/${invoice.accountId}/invoices/${invoice.id}`),
        suspendAfterDays: settings.suspendAfterDays,
      }),
    );
    return true;
  });
}
