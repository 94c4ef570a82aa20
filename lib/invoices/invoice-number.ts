import type { PrismaClient } from "../generated/prisma/client";

type Client = Pick<PrismaClient, "invoice">;

/** Invoice numbers run per calendar year (UTC) across the provider: INV-2026-000042. */
export function formatInvoiceNumber(year: number, sequence: number): string {
  return `INV-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * The next free number for an invoice issued at `issuedAt`. Numbers of one year have one
 * width, so the highest sorts last in any collation and the unique index on `number` finds
 * it. Callers serialise issuing (issueInvoice takes an advisory lock), and the unique index
 * refuses a duplicate if anything slips past. No "server-only": the demo seed numbers its
 * invoices with it too.
 */
export async function nextInvoiceNumber(client: Client, issuedAt: Date): Promise<string> {
  const year = issuedAt.getUTCFullYear();
  const prefix = `INV-${year}-`;
  const last = await client.invoice.findFirst({ where: { number: { startsWith: prefix } }, orderBy: { number: "desc" }, select: { number: true } });
  const sequence = last ? Number(last.number.slice(prefix.length)) + 1 : 1;
  return formatInvoiceNumber(year, sequence);
}
