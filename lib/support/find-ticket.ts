import "server-only";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The ticket, looked up inside the account: another account's ticket id is "not found" (a forged id in a crafted POST). */
export async function findTicket(tx: Prisma.TransactionClient, accountId: string, ticketId: string) {
  const ticket = await tx.supportTicket.findFirst({ where: { id: ticketId, accountId } });
  if (!ticket) throw new UserError("notFound");
  return ticket;
}
