import { db } from "@/lib/db";
import type { TicketStatus } from "@/lib/generated/prisma/client";
import { openTicket } from "@/lib/support/open-ticket";
import { ZOpenTicket } from "@/lib/support/schemas";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { testClient } from "./sessions";

/** What the new-ticket form sends, parsed as the action parses it. */
export function ticketInput(overrides: Partial<Record<"department" | "subject" | "message" | "priority" | "serviceId", string>> = {}) {
  return ZOpenTicket.parse({ department: "TECHNICAL", subject: "Site down", message: "Our site answers 502 since 9:00.", priority: "HIGH", ...overrides });
}

/** A ticket opened the way the new-ticket page opens it (first message, activity, emails). */
export function openTestTicket(access: AccountAccess, overrides: Parameters<typeof ticketInput>[0] = {}) {
  return openTicket(access, ticketInput(overrides), testClient());
}

/** A service of the account straight in the database, for tickets that relate to one. */
export function createServiceRow(accountId: string, options: { domain?: string } = {}) {
  return db.service.create({
    data: { accountId, kind: "WEB_HOSTING", productName: "Web Hosting Pro", domain: options.domain ?? null, server: "web1.factory.example", status: "ACTIVE", billingCycle: "MONTHLY", priceMinor: 1499, currency: "EUR", panelRef: `factory-${Date.now()}-${Math.random()}` },
  });
}

/** A ticket in a given status straight in the database, with one member message. */
export async function createTicketRow(accountId: string, authorId: string, status: TicketStatus = "OPEN") {
  return db.supportTicket.create({
    data: {
      accountId,
      department: "TECHNICAL",
      subject: `Factory ticket ${status}`,
      status,
      openedById: authorId,
      closedAt: status === "CLOSED" ? new Date() : null,
      replies: { create: { authorId, body: "First message." } },
    },
  });
}
