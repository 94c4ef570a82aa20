/**
 * One domain renewal job run in a process of its own, for the tests that run a job from two
 * processes at once (as two app instances would): `applied` or `autoRenew`, and the clock as
 * an ISO date. Prints the run's result as JSON. DATABASE_URL is the test file's database.
 *
 *   node --import ./scripts/lib/allow-server-only.mjs --import tsx tests/support/domain-renewal-job-process.ts applied 2026-12-02T12:00:00Z
 */
import { closeDatabase } from "@/lib/db";
import { applyPaidDomainRenewals } from "@/lib/domains/renewals/apply-paid-renewals";
import { invoiceDomainAutoRenewals } from "@/lib/domains/renewals/invoice-auto-renewals";

const [job, at] = process.argv.slice(2);
const now = new Date(at ?? Date.now());
const result = job === "autoRenew" ? await invoiceDomainAutoRenewals({ now }) : await applyPaidDomainRenewals({ now });
process.stdout.write(JSON.stringify(result));
await closeDatabase();
