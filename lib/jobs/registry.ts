import "server-only";
import { applyPaidDomainRenewals } from "@/lib/domains/renewals/apply-paid-renewals";
import { invoiceDomainAutoRenewals } from "@/lib/domains/renewals/invoice-auto-renewals";
import { reconcilePendingPayments } from "@/lib/invoices/reconcile-payments";
import { provisionPaidOrders } from "@/lib/orders/provision-paid-orders";
import { applyPaidServicePeriods } from "@/lib/recurring-billing/apply-paid-service-periods";
import { invoiceDueServices } from "@/lib/recurring-billing/invoice-due-services";
import { sendPaymentReminders } from "@/lib/recurring-billing/send-payment-reminders";
import { suspendUnpaidServices } from "@/lib/recurring-billing/suspend-unpaid-services";
import { unsuspendPaidServices } from "@/lib/recurring-billing/unsuspend-paid-services";
import { applyPaidUpgrades } from "@/lib/services/upgrades/apply-paid-upgrades";
import type { JobDefinition } from "./types";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Every scheduled job, in the order a tick runs them: first what follows a payment (every few
 * seconds, so a paid invoice shows its effect at once), then the billing run (hourly: each is
 * idempotent, so an hourly run only notices sooner what a daily one would). Adding a job is one
 * entry here. The member's pay actions also run the fulfilment jobs at once for the invoices
 * they paid (lib/billing/fulfil-paid-invoices.ts); these entries catch every other payment
 * (auto-pay, the provider's record of a transfer, reconciliation) and anything that failed there.
 */
export const JOBS: readonly JobDefinition[] = [
  { name: "apply-paid-service-periods", everyMs: 5 * SECOND, run: applyPaidServicePeriods },
  { name: "apply-paid-domain-renewals", everyMs: 5 * SECOND, run: (now) => applyPaidDomainRenewals({ now }) },
  { name: "apply-paid-upgrades", everyMs: 5 * SECOND, run: (now) => applyPaidUpgrades({ now }) },
  { name: "provision-paid-orders", everyMs: 5 * SECOND, run: (now) => provisionPaidOrders({ now }) },
  // A payment a crash left between charge and record waits its grace period (5 minutes) first.
  { name: "reconcile-pending-payments", everyMs: MINUTE, run: (now) => reconcilePendingPayments({ now }) },
  { name: "unsuspend-paid-services", everyMs: 5 * SECOND, run: unsuspendPaidServices },
  { name: "invoice-due-services", everyMs: HOUR, run: invoiceDueServices },
  { name: "invoice-domain-auto-renewals", everyMs: HOUR, run: (now) => invoiceDomainAutoRenewals({ now }) },
  { name: "suspend-unpaid-services", everyMs: HOUR, run: suspendUnpaidServices },
  { name: "send-payment-reminders", everyMs: HOUR, run: sendPaymentReminders },
];

export function jobNamed(name: string): JobDefinition | undefined {
  return JOBS.find((job) => job.name === name);
}
