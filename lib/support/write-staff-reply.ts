import type { Prisma } from "../generated/prisma/client";

/**
 * The rows a reply from the provider's staff writes: the reply under the staff member's name
 * and the ticket ANSWERED (it is the customer's turn), also reopening a closed ticket the
 * provider writes on. No "server-only" and no email here, so the demo seed (plain
 * PrismaClient, outside Next) writes conversations exactly as replyAsProvider does.
 */
export async function writeStaffReply(
  tx: Prisma.TransactionClient,
  input: { ticketId: string; staffName: string; body: string; at?: Date },
): Promise<{ replyId: string }> {
  const at = input.at ?? new Date();
  const reply = await tx.ticketReply.create({ data: { ticketId: input.ticketId, staffName: input.staffName, body: input.body, createdAt: at }, select: { id: true } });
  await tx.supportTicket.update({ where: { id: input.ticketId }, data: { status: "ANSWERED", lastReplyAt: at, closedAt: null } });
  return { replyId: reply.id };
}
