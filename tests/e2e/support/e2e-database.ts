import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import type { InvoiceLineInput } from "../../../lib/invoices/money";
import { writeInvoice, type WrittenInvoice } from "../../../lib/invoices/write-invoice";
import { writeStaffReply } from "../../../lib/support/write-staff-reply";

/**
 * The e2e run's own database: the run command starts embedded PostgreSQL with its data in
 * .data/e2e/postgres (playwright.config.ts), and its postmaster.pid names the port (4th line,
 * as scripts/lib/embedded-postgres.ts reads it). Used only for what the app has no page for,
 * like the provider's side of a ticket.
 */
export function e2eDatabaseUrl(database = "client_area"): string {
  const pidFile = path.join(import.meta.dirname, "../../../.data/e2e/postgres/postmaster.pid");
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  if (!port) throw new Error(`no port in ${pidFile}`);
  return `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
}

export async function withE2eDatabase<T>(work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl(), max: 1 }) });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/**
 * A reply from the provider's staff, written by the same function replyAsProvider writes it
 * with (the reply under the staff name, the ticket ANSWERED). replyAsProvider itself also
 * queues the email, through modules marked server-only that the Playwright runner cannot
 * load; the integration tests cover that email.
 */
export function replyFromProvider(ticketId: string, staffName: string, body: string): Promise<void> {
  return withE2eDatabase(async (db) => {
    await db.$transaction((tx) => writeStaffReply(tx, { ticketId, staffName, body }));
  });
}

/**
 * An invoice to the account, written by the same function issueInvoice writes it with (the
 * parties as they are now, the next number, VAT at 21 %, due in 14 days). issueInvoice also
 * emails it, through server-only modules; the integration tests cover those emails.
 */
export function issueInvoiceTo(accountId: string, lines: InvoiceLineInput[], issuedAt = new Date()): Promise<WrittenInvoice> {
  return withE2eDatabase((db) => db.$transaction((tx) => writeInvoice(tx, { accountId, lines, issuedAt, dueInDays: 14, taxName: "VAT", taxRateBp: 2100 })));
}

/** A ticket and a domain of an account (by its legal name) the signed-in member is not in, for cross-tenant requests. */
export function recordsOfAccount(legalName: string): Promise<{ accountId: string; ticketId: string; domainId: string }> {
  return withE2eDatabase(async (db) => {
    const account = await db.clientAccount.findFirstOrThrow({ where: { legalName }, select: { id: true } });
    const ticket = await db.supportTicket.findFirstOrThrow({ where: { accountId: account.id }, select: { id: true } });
    const domain = await db.domain.findFirstOrThrow({ where: { accountId: account.id }, select: { id: true } });
    return { accountId: account.id, ticketId: ticket.id, domainId: domain.id };
  });
}

/** The provider's seat limit of an account (setSeatLimit is the provider's side, with no page). */
export function setSeatLimitOf(accountId: string, limit: number | null): Promise<void> {
  return withE2eDatabase(async (db) => {
    await db.clientAccount.update({ where: { id: accountId }, data: { seatLimit: limit } });
  });
}

/** A ticket of the account with one message by a member, straight in the database. */
export function createTicketOf(accountId: string, authorEmail: string, subject: string): Promise<string> {
  return withE2eDatabase(async (db) => {
    const author = await db.user.findUniqueOrThrow({ where: { email: authorEmail }, select: { id: true } });
    const ticket = await db.supportTicket.create({
      data: { accountId, department: "TECHNICAL", subject, status: "OPEN", openedById: author.id, replies: { create: { authorId: author.id, body: `${subject}: first message.` } } },
      select: { id: true },
    });
    return ticket.id;
  });
}
