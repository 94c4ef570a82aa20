/**
 * The overview's figures: right, and each one only for members who may see what it counts
 * (a Technician learns nothing about invoices, Billing nothing about services).
 */
import { describe, expect, it } from "vitest";
import { accountOverview } from "@/lib/accounts/overview";
import { db } from "@/lib/db";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { createInvoiceRow, daysFromNow } from "../factories/invoices";

async function serviceRow(accountId: string, status: "ACTIVE" | "CANCELLED") {
  await db.service.create({
    data: { accountId, kind: "WEB_HOSTING", productName: "Hosting", server: "web1.example", status, billingCycle: "MONTHLY", priceMinor: 500, currency: "EUR", panelRef: "overview-test" },
  });
}

async function accountWithWork() {
  const { account, owner } = await createAccountWithOwner();
  await serviceRow(account.id, "ACTIVE");
  await serviceRow(account.id, "ACTIVE");
  await serviceRow(account.id, "CANCELLED");
  await db.domain.create({ data: { accountId: account.id, name: `soon-${account.id}.example`, expiresAt: daysFromNow(10) } });
  await db.domain.create({ data: { accountId: account.id, name: `later-${account.id}.example`, expiresAt: daysFromNow(200) } });
  await createInvoiceRow(account.id, { status: "UNPAID", totalMinor: 12100, dueAt: daysFromNow(-3) });
  await createInvoiceRow(account.id, { status: "UNPAID", totalMinor: 5000, dueAt: daysFromNow(7) });
  await createInvoiceRow(account.id, { status: "PAID", totalMinor: 9900 });
  await db.supportTicket.create({ data: { accountId: account.id, department: "TECHNICAL", subject: "Open" } });
  await db.supportTicket.create({ data: { accountId: account.id, department: "TECHNICAL", subject: "Done", status: "CLOSED" } });
  return { account, owner };
}

describe("account overview", () => {
  it("counts active services, domains expiring within 30 days, unpaid and overdue invoices, open tickets and members", async () => {
    const { account, owner } = await accountWithWork();
    const overview = await accountOverview(await accessFor(owner, account.id));
    expect(overview).toMatchObject({ services: 2, domainsExpiringSoon: 1, openTickets: 1, members: 1, pendingInvitations: 0 });
    expect(overview.invoices?.unpaid).toEqual({ count: 2, amounts: [{ currency: "EUR", amountMinor: 17100n }] });
    expect(overview.invoices?.overdue.count).toBe(1);
  });

  it("leaves out what the member may not see", async () => {
    const { account } = await accountWithWork();
    const { user: technician } = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const { user: billing } = await addMember(account.id, { builtInProfile: "BILLING" });
    const { user: nobody } = await addMember(account.id, {});

    const asTechnician = await accountOverview(await accessFor(technician, account.id));
    expect(asTechnician).toMatchObject({ services: 2, domainsExpiringSoon: 1, openTickets: 1, invoices: null, members: null });

    const asBilling = await accountOverview(await accessFor(billing, account.id));
    expect(asBilling).toMatchObject({ services: null, domainsExpiringSoon: null, openTickets: 1, members: null });
    expect(asBilling.invoices?.unpaid.count).toBe(2);

    expect(await accountOverview(await accessFor(nobody, account.id))).toEqual({
      services: null, domainsExpiringSoon: null, invoices: null, openTickets: null, members: null, pendingInvitations: null,
    });
  });
});
