import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RenderedEmail } from "@/emails/render";
import { deliverSoon, enqueueEmail } from "./outbox";

export type SendEmailInput = { to: string; email: RenderedEmail };

/**
 * An email to one person: written to the outbox inside the caller's transaction (`tx`),
 * or on its own when the caller has no transaction, and delivered after commit.
 * Delivery is also kicked here; for a transaction that is still open, the kick finds the
 * row once it commits or the periodic sender does.
 */
export async function sendEmail(input: SendEmailInput, tx?: Prisma.TransactionClient): Promise<void> {
  await enqueueEmail(tx ?? db, input);
  if (!tx) deliverSoon();
}
