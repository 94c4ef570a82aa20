import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrantRecord } from "@/lib/registrars/types";

type RegistrantContact = { firstName: string; lastName: string; company: string | null; email: string; country: string };

/**
 * The registrant as the registrar records it: the contact (an agency's customer), or, without
 * one, the account itself with its owner's address (the account's legal name holds the domain).
 */
export async function registrantRecord(tx: Prisma.TransactionClient, accountId: string, contact: RegistrantContact | null): Promise<RegistrantRecord> {
  if (contact) return { name: `${contact.firstName} ${contact.lastName}`, organization: contact.company, email: contact.email, country: contact.country };
  const account = await tx.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { legalName: true, kind: true, country: true, owner: { select: { email: true } } } });
  return { name: account.legalName, organization: account.kind === "COMPANY" ? account.legalName : null, email: account.owner.email, country: account.country };
}
