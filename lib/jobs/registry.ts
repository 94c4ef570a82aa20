import "server-only";
import { applyPaidServicePeriods } from "@/lib/recurring-billing/apply-paid-service-periods";
import { invoiceDueServices } from "@/lib/recurring-billing/invoice-due-services";
import { sendPaymentReminders } from "@/lib/recurring-billing/send-payment-reminders";
import { suspendUnpaidServices } from "@/lib/recurring-billing/suspend-unpaid-services";
import { unsuspendPaidServices } from "@/lib/recurring-billing/unsuspend-paid-services";
import type { JobDefinition } from "./types";

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;

/**
 * Every scheduled job, in the order a tick runs them: first what follows a payment (every few
 * seconds, so a paid invoice shows its effect at once), then the billing run (hourly: each is
 * idempotent, so an hourly run only notices sooner what a daily one would). Adding a job is one
 * entry here. Other areas' jobs join at merge: reconcilePendingPayments (payments),
 * applyPaidDomainRenewals and invoiceDomainAutoRenewals (domains), provisionPaidOrders (orders),
 * applyPaidUpgrades (upgrades); each wrapped to return its counts as a JobOutcome.
 */
export const JOBS: readonly JobDefinition[] = [
  { name: "apply-paid-service-periods", everyMs: 5 * SECOND, run: applyPaidServicePeriods },
  { name: "unsuspend-paid-services", everyMs: 5 * SECOND, run: unsuspendPaidServices },
  { name: "invoice-due-services", everyMs: HOUR, run: invoiceDueServices },
  { name: "suspend-unpaid-services", everyMs: HOUR, run: suspendUnpaidServices },
  { name: "send-payment-reminders", everyMs: HOUR, run: sendPaymentReminders },
];

export function jobNamed(name: string): JobDefinition | undefined {
  return JOBS.find((job) => job.name === name);
}
