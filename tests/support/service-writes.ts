import { db } from "@/lib/db";

/**
 * Everything a service action could write, across all accounts, for "refused, and nothing
 * written": the services, their requests, the demo panel's state, links and sessions, and
 * the activity log (seat presence aside: every account action refreshes it), and invoices (an upgrade issues one).
 */
export async function serviceWrites() {
  const [services, requests, panels, links, sessions, activity, invoices] = await Promise.all([
    db.service.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, productName: true, updatedAt: true } }),
    db.serviceRequest.count(),
    db.demoPanelAccount.findMany({ orderBy: { id: "asc" }, select: { id: true, passwordHash: true, powerState: true, restartingUntil: true, settings: true } }),
    db.demoPanelLoginToken.count(),
    db.demoPanelSession.count(),
    db.activityEvent.count(),
    db.invoice.count(),
  ]);
  return { services, requests, panels, links, sessions, activity, invoices };
}
