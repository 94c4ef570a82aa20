import "server-only";
import { db } from "@/lib/db";

/** The development mailbox is on only when DEV_MAILBOX=1 (the run and test commands set it). */
export function isMailboxEnabled(): boolean {
  return process.env.DEV_MAILBOX === "1";
}

export function listMailboxMessages({ to, take = 50 }: { to?: string; take?: number }) {
  return db.emailMessage.findMany({
    where: to ? { to: to.trim().toLowerCase() } : undefined,
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, html: true, text: true, attachments: true, template: true, status: true, createdAt: true },
  });
}
