import "server-only";
import { db } from "@/lib/db";
import { invoiceTotals } from "@/lib/invoices/invoice-totals";
import { expiryWarningEnd } from "@/lib/domains/expiry";
import { meets, type AccountAccess } from "@/lib/permissions/account-access";
import { statusesFor } from "@/lib/support/ticket-filter";

/** Runs `load` only for a member who may see what it counts; null tells the page to leave the card out. */
function when<T>(allowed: boolean, load: () => Promise<T>): Promise<T | null> {
  return allowed ? load() : Promise.resolve(null);
}

/** The overview's figures, each only when the member may see what it counts. */
export async function accountOverview(access: AccountAccess, now: Date = new Date()) {
  const accountId = access.account.id;
  const [members, pendingInvitations, services, domainsExpiringSoon, invoices, openTickets] = await Promise.all([
    when(meets(access, "users.view"), () => db.membership.count({ where: { accountId } })),
    when(meets(access, "users.view"), () => db.invitation.count({ where: { accountId, status: "PENDING", expiresAt: { gt: now } } })),
    when(meets(access, "services.view"), () => db.service.count({ where: { accountId, status: "ACTIVE" } })),
    when(meets(access, "domains.view"), () => db.domain.count({ where: { accountId, status: "ACTIVE", expiresAt: { gt: now, lt: expiryWarningEnd(now) } } })),
    when(meets(access, "invoices.view"), () => invoiceTotals(accountId, now)),
    when(meets(access, "support.view"), () => db.supportTicket.count({ where: { accountId, status: { in: statusesFor("open") } } })),
  ]);
  return { members, pendingInvitations, services, domainsExpiringSoon, invoices, openTickets };
}
