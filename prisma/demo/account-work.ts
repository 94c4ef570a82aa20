import type { DemoSeeder } from "./context";

/**
 * The seeders of the account area's work, in the order their data depends on each other
 * (invoices and tickets refer to services). Each runs once, for a newly seeded account.
 */
export const ACCOUNT_WORK_SEEDERS: { name: string; seed: DemoSeeder }[] = [];
