import "server-only";
import { logger } from "@/lib/observability/logger";
import { applyPaidUpgrades } from "./apply-paid-upgrades";

/**
 * Called by the member's pay actions once the payment has committed: applies the upgrades
 * those invoices paid for at once, so the member sees the new plan on their next page. A
 * failure here is logged, not shown: the payment stands, and the scheduler's run of
 * applyPaidUpgrades picks the line up again (it is still unfulfilled).
 */
export async function applyUpgradesPaidBy(invoiceIds: readonly string[]): Promise<void> {
  for (const invoiceId of invoiceIds) {
    await applyPaidUpgrades({ invoiceId }).catch((error: unknown) => logger.error({ err: error, invoiceId }, "applying a paid upgrade after payment failed; the scheduled job retries it"));
  }
}
