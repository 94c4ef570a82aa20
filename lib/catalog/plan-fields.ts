import type { Product } from "../generated/prisma/client";

type Plan = Pick<Product, "id" | "name" | "diskLimitMb" | "bandwidthLimitMb" | "mailboxesLimit" | "cpuCores" | "memoryMb">;

/**
 * What a service takes from its catalog plan: the plan itself, its name and its limits. One
 * place for the three doors that put a service on a plan (provisioning an order, applying a paid
 * upgrade, the provider accepting an old upgrade request), so a limit added to the catalog
 * reaches every one of them. The price is each door's own: the order's, or the plan's for the
 * service's cycle and currency.
 */
export function planFields(plan: Plan) {
  return {
    productId: plan.id,
    productName: plan.name,
    diskLimitMb: plan.diskLimitMb,
    bandwidthLimitMb: plan.bandwidthLimitMb,
    mailboxesLimit: plan.mailboxesLimit,
    cpuCores: plan.cpuCores,
    memoryMb: plan.memoryMb,
  };
}
