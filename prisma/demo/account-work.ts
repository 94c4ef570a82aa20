import type { DemoSeeder } from "./context";
import { seedDomains } from "./domains";
import { seedInvoices } from "./invoices";
import { seedOrders } from "./orders";
import { seedServices } from "./services";
import { seedSupport } from "./support";

/**
 * The seeders of the account area's work, in the order their data depends on each other
 * (invoices and tickets refer to services). Each runs once, for a newly seeded account.
 */
export const ACCOUNT_WORK_SEEDERS: { name: string; seed: DemoSeeder }[] = [
  { name: "services", seed: seedServices },
  { name: "domains", seed: seedDomains },
  { name: "invoices", seed: seedInvoices },
  { name: "support", seed: seedSupport },
  { name: "orders", seed: seedOrders },
];
