import type { BillingCycle } from "../generated/prisma/enums";

/** The billing cycles in the order the order page lists them, shortest first. */
export const BILLING_CYCLES = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "ANNUAL", "BIENNIAL"] as const satisfies readonly BillingCycle[];
