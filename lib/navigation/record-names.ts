import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { ticketLabel } from "@/lib/support/ticket-filter";

/**
 * The names record pages are titled by, each read with its account in the condition: another
 * account's id reads as nothing (the tenancy rule of CONVENTIONS.md).
 */
export async function serviceName(accountId: string, serviceId: string): Promise<string | null> {
  if (!isUuid(serviceId)) return null;
  const service = await db.service.findFirst({ where: { id: serviceId, accountId }, select: { productName: true, domain: true } });
  return service ? [service.productName, service.domain].filter(Boolean).join(" · ") : null;
}

export async function invoiceName(accountId: string, invoiceId: string): Promise<string | null> {
  if (!isUuid(invoiceId)) return null;
  const invoice = await db.invoice.findFirst({ where: { id: invoiceId, accountId }, select: { number: true } });
  return invoice?.number ?? null;
}

/** An order is named by its invoice's number, the number its customer was sent. */
export async function orderName(accountId: string, orderId: string): Promise<string | null> {
  if (!isUuid(orderId)) return null;
  const order = await db.order.findFirst({ where: { id: orderId, accountId }, select: { invoice: { select: { number: true } } } });
  return order?.invoice.number ?? null;
}

export async function ticketName(accountId: string, ticketId: string): Promise<string | null> {
  if (!isUuid(ticketId)) return null;
  const ticket = await db.supportTicket.findFirst({ where: { id: ticketId, accountId }, select: { number: true, subject: true } });
  return ticket ? `${ticketLabel(ticket.number)} ${ticket.subject}` : null;
}

export async function contactName(accountId: string, contactId: string): Promise<string | null> {
  if (!isUuid(contactId)) return null;
  const contact = await db.contact.findFirst({ where: { id: contactId, accountId }, select: { firstName: true, lastName: true } });
  return contact ? `${contact.firstName} ${contact.lastName}` : null;
}
