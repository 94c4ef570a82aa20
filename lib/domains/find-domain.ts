import "server-only";
import { UserError } from "@/lib/errors/user-error";
import type { DomainStatus, Prisma } from "@/lib/generated/prisma/client";

/** A registry takes no changes for a domain that is no longer registered with this provider. */
const FINISHED: readonly DomainStatus[] = ["EXPIRED", "CANCELLED", "TRANSFERRED_AWAY"];

/**
 * The domain, looked up inside the account: another account's
 * domain id is "not found" (the threat: a forged id in a crafted POST), and a domain that
 * expired, was cancelled or transferred away is refused with its status named.
 */
export async function findManageableDomain(tx: Prisma.TransactionClient, accountId: string, domainId: string) {
  const domain = await tx.domain.findFirst({ where: { id: domainId, accountId } });
  if (!domain) throw new UserError("notFound");
  if (FINISHED.includes(domain.status)) throw new UserError(`domainNotManageable.${domain.status}`, { domain: domain.name });
  return domain;
}
