import type { Service } from "@/lib/generated/prisma/client";

/** A service as the provider's API answers it (lib/api/operations/services.ts describes it). */
export function serviceBody(row: Service) {
  return {
    id: row.id,
    accountId: row.accountId,
    kind: row.kind,
    productName: row.productName,
    domain: row.domain,
    server: row.server,
    ipAddress: row.ipAddress,
    status: row.status,
    billingCycle: row.billingCycle,
    priceMinor: row.priceMinor,
    currency: row.currency,
    nextDueAt: row.nextDueAt?.toISOString() ?? null,
    diskLimitMb: row.diskLimitMb,
    bandwidthLimitMb: row.bandwidthLimitMb,
    mailboxesLimit: row.mailboxesLimit,
    cpuCores: row.cpuCores,
    memoryMb: row.memoryMb,
    usage: { diskUsedMb: row.diskUsedMb, bandwidthUsedMb: row.bandwidthUsedMb, mailboxesUsed: row.mailboxesUsed },
    panelDriver: row.panelDriver,
    panelRef: row.panelRef,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
