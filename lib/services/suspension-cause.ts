import "server-only";
import { db } from "@/lib/db";

/**
 * Why a suspended service is suspended, as its page explains it: the account's overdue
 * invoices that bill this service (a line names it), oldest due first, and the reason the
 * provider gave when it suspended it (the latest service.suspended event), if any. Looked up
 * inside the account: another account's invoices never appear.
 */
export async function suspensionCause(accountId: string, serviceId: string, now: Date = new Date()) {
  const [invoices, suspended] = await Promise.all([
    db.invoice.findMany({
      where: { accountId, status: "UNPAID", dueAt: { lt: now }, lines: { some: { serviceId } } },
      orderBy: { dueAt: "asc" },
      select: { id: true, number: true, totalMinor: true, currency: true, dueAt: true },
    }),
    db.activityEvent.findFirst({ where: { accountId, subjectId: serviceId, kind: "service.suspended" }, orderBy: { id: "desc" }, select: { details: true } }),
  ]);
  const details = suspended?.details;
  const reason = details && typeof details === "object" && !Array.isArray(details) && typeof details.reason === "string" && details.reason.trim() ? details.reason : null;
  return { invoices, reason };
}
