import type { DemoSeeder } from "./context";
import { seedInvoices } from "./invoices";

/**
 * The seeders of the account area's work, in the order their data depends on each other
 * (invoices and tickets refer to services). Each runs once, for a newly seeded account.
 */
export const ACCOUNT_WORK_SEEDERS: { name: string; seed: DemoSeeder }[] = [
  { name: "invoices", seed: seedInvoices },
];
