import { db } from "@/lib/db";

/**
 * The billing jobs look at every account in the database, and the tests of one file share it:
 * before each test, what earlier tests left is taken out of the jobs' sight (services
 * terminated, unpaid invoices cancelled, paid lines fulfilled, suspension marks and job schedules
 * gone), so each
 * test's reports count its own rows only.
 */
export async function quietBillingWorld(): Promise<void> {
  await db.nonPaymentSuspension.deleteMany();
  await db.jobSchedule.deleteMany();
  await db.service.updateMany({ where: { status: { not: "CANCELLED" } }, data: { status: "CANCELLED" } });
  await db.invoice.updateMany({ where: { status: "UNPAID" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
  await db.invoiceLine.updateMany({ where: { fulfilledAt: null }, data: { fulfilledAt: new Date() } });
}
