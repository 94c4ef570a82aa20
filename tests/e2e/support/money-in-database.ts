import { randomBytes } from "node:crypto";
import { withE2eDatabase, issueInvoiceTo } from "./e2e-database";

const DAY_MS = 24 * 60 * 60 * 1000;

/** An invoice issued `daysAgo` days ago (due 14 days after issue: overdue from 15 days ago on), by the same function the provider issues with. */
export function invoiceIssuedDaysAgo(accountId: string, daysAgo: number, line: { description: string; unitPriceMinor: number; serviceId?: string }) {
  return issueInvoiceTo(accountId, [{ description: line.description, quantity: 1, unitPriceMinor: line.unitPriceMinor, serviceId: line.serviceId ?? null }], new Date(Date.now() - daysAgo * DAY_MS));
}

/** A web hosting service the provider has suspended, made straight in the database (suspending is the provider API's story). */
export function suspendedServiceInDatabase(accountId: string, productName: string): Promise<{ id: string; domain: string }> {
  const domain = `${randomBytes(5).toString("hex")}.example`;
  return withE2eDatabase(async (db) => {
    const service = await db.service.create({
      data: { accountId, kind: "WEB_HOSTING", productName, domain, server: "node1.e2e.example", status: "SUSPENDED", billingCycle: "MONTHLY", priceMinor: 999, currency: "EUR", panelDriver: "demo", panelRef: `e2e-${randomBytes(6).toString("hex")}` },
      select: { id: true },
    });
    return { id: service.id, domain };
  });
}
