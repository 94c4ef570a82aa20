/**
 * Ordering (lib/cart, lib/orders) against a real PostgreSQL, with the demo panel, registrar
 * and gateway: checkout prices every item again and refuses with nothing written, two
 * checkouts of one cart make one order, a paid order is provisioned once however many runs
 * race for it, and a failed item keeps its payment and opens a ticket.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDomainToCart, addServiceToCart } from "@/lib/cart/change-cart";
import { listCart } from "@/lib/cart/cart-items";
import { checkoutCart } from "@/lib/orders/checkout";
import { provisionPaidOrders } from "@/lib/orders/provision-paid-orders";
import { orderWithNewAccount } from "@/lib/orders/order-with-new-account";
import { payInvoice } from "@/lib/invoices/pay-invoice";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { accessFor, accountDetails, createAccountWithOwner } from "../factories/accounts";
import { ensureDemoCatalog } from "../factories/catalog";
import { createContactRow } from "../factories/contacts";
import { saveCard } from "../factories/invoices";
import { freshDomainName, planBySlug } from "../factories/orders";
import { createUser } from "../factories/users";
import { testClient } from "../factories/sessions";
import { failureCode, userErrorOf } from "../support/errors";

beforeAll(async () => {
  await ensureDemoCatalog();
});

async function orderingAccount() {
  const { account, owner } = await createAccountWithOwner({ details: { currency: "EUR" } });
  const access = await accessFor(owner, account.id);
  return { account, owner, access };
}

/** Every row an order writes, counted for the account: a refusal leaves these unchanged. */
async function orderWrites(accountId: string) {
  const [orders, items, invoices, lines] = await Promise.all([
    db.order.count({ where: { accountId } }),
    db.orderItem.count({ where: { order: { accountId } } }),
    db.invoice.count({ where: { accountId } }),
    db.invoiceLine.count({ where: { invoice: { accountId } } }),
  ]);
  return { orders, items, invoices, lines };
}

async function paidOrder(access: AccountAccess, domainName: string, registrantContactId: string | null) {
  const plan = await planBySlug("web-hosting-pro");
  await addServiceToCart(access, { productId: plan.id, cycle: "ANNUAL" });
  await addDomainToCart(access, { operation: "register", name: domainName, years: 2, registrantContactId });
  const placed = await checkoutCart(access);
  if (placed.kind !== "placed") throw new Error("not placed");
  const card = await saveCard(access);
  await payInvoice({ accountId: access.account.id, userId: access.user.id, client: null }, { invoiceId: placed.invoiceId, methodId: card.id });
  return placed;
}

describe("checkout", () => {
  it("makes one order with one invoice, a line per item at the catalog's price, items waiting for payment", async () => {
    const { account, access } = await orderingAccount();
    const plan = await planBySlug("vps-m");
    const name = freshDomainName();
    await addServiceToCart(access, { productId: plan.id, cycle: "MONTHLY" });
    await addDomainToCart(access, { operation: "register", name, years: 3, registrantContactId: null });
    const placed = await checkoutCart(access);
    expect(placed.kind).toBe("placed");
    if (placed.kind !== "placed") return;
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { items: { include: { invoiceLine: true } }, invoice: true } });
    expect(order.accountId).toBe(account.id);
    expect(order.items.map((item) => item.state)).toEqual(["AWAITING_PAYMENT", "AWAITING_PAYMENT"]);
    expect(order.items.every((item) => item.invoiceLine.invoiceId === order.invoiceId && item.invoiceLine.purpose === "ORDER_ITEM")).toBe(true);
    // VPS M monthly in EUR, and .com for 3 years (registration, then two renewals).
    expect(order.items.map((item) => item.invoiceLine.unitPriceMinor).sort((a, b) => a - b)).toEqual([2499, 1199 + 2 * 1399].sort((a, b) => a - b));
    expect(order.invoice.subtotalMinor).toBe(2499 + 1199 + 2 * 1399);
    expect(order.invoice.status).toBe("UNPAID");
    expect(await listCart(account.id, access.user.id)).toEqual([]);
  });

  it("a price changed since adding: the cart takes the new price, nothing is ordered or charged", async () => {
    const { account, access } = await orderingAccount();
    const plan = await planBySlug("email-plus");
    await addServiceToCart(access, { productId: plan.id, cycle: "MONTHLY" });
    await db.productPrice.update({ where: { productId_cycle_currency: { productId: plan.id, cycle: "MONTHLY", currency: "EUR" } }, data: { priceMinor: 777 } });
    try {
      const before = await orderWrites(account.id);
      const result = await checkoutCart(access);
      expect(result).toMatchObject({ kind: "repriced", changes: [{ afterMinor: 777 }] });
      expect(await orderWrites(account.id)).toEqual(before);
      expect((await listCart(account.id, access.user.id))[0]!.priceMinor).toBe(777);
      // Checking out again, at the price now shown, goes through.
      expect((await checkoutCart(access)).kind).toBe("placed");
    } finally {
      await ensureDemoCatalog();
    }
  });

  it("refuses a plan no longer sold, a name taken meanwhile and a cart in another currency, writing nothing", async () => {
    const { account, access } = await orderingAccount();
    const plan = await planBySlug("email-basic");
    await addServiceToCart(access, { productId: plan.id, cycle: "MONTHLY" });
    await db.product.update({ where: { id: plan.id }, data: { sold: false } });
    try {
      const before = await orderWrites(account.id);
      expect(await userErrorOf(checkoutCart(access))).toMatchObject({ code: "orderItemNotSold", values: { item: "Email Basic" } });
      expect(await orderWrites(account.id)).toEqual(before);
    } finally {
      await ensureDemoCatalog();
    }
    await db.cartItem.deleteMany({ where: { cart: { accountId: account.id } } });

    const name = freshDomainName("sniped");
    await addDomainToCart(access, { operation: "register", name, years: 1, registrantContactId: null });
    // Someone registers it at the registry between the search and the checkout.
    await db.demoRegistrarDomain.create({ data: { name, expiresAt: new Date(Date.now() + 365 * 86_400_000), nameservers: [], registrant: {} } });
    const before = await orderWrites(account.id);
    expect(await userErrorOf(checkoutCart(access))).toMatchObject({ code: "orderDomainTaken", values: { item: name } });
    expect(await orderWrites(account.id)).toEqual(before);
    await db.cartItem.deleteMany({ where: { cart: { accountId: account.id } } });

    await addServiceToCart(access, { productId: (await planBySlug("vps-s")).id, cycle: "MONTHLY" });
    await db.clientAccount.update({ where: { id: account.id }, data: { currency: "USD" } });
    expect(await failureCode(checkoutCart(access))).toBe("cartCurrencyChanged");
    expect(await orderWrites(account.id)).toEqual(before);
  });

  it("refuses an empty cart, and a registrant from another account", async () => {
    const { access } = await orderingAccount();
    expect(await failureCode(checkoutCart(access))).toBe("cartEmpty");
    const stranger = await createAccountWithOwner();
    const theirs = await createContactRow(stranger.account.id);
    expect(await failureCode(addDomainToCart(access, { operation: "register", name: freshDomainName(), years: 1, registrantContactId: theirs.id }))).toBe("notFound");
  });

  it("two checkouts of one cart at once make one order", async () => {
    const { account, access } = await orderingAccount();
    await addServiceToCart(access, { productId: (await planBySlug("web-hosting-starter")).id, cycle: "QUARTERLY" });
    const outcomes = await Promise.allSettled([checkoutCart(access), checkoutCart(access)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await Promise.all(outcomes.map((outcome) => failureCode(outcome.status === "fulfilled" ? Promise.resolve() : Promise.reject(outcome.reason))))).toContain("cartEmpty");
    expect(await db.order.count({ where: { accountId: account.id } })).toBe(1);
    expect(await db.invoice.count({ where: { accountId: account.id } })).toBe(1);
  });
});

describe("provisioning paid orders", () => {
  it("nothing happens before payment; once paid, a service with the plan's terms and a domain held by the contact", async () => {
    const { account, access } = await orderingAccount();
    const contact = await createContactRow(account.id, { firstName: "Lucía", lastName: "Pérez", company: "Panadería Pérez" });
    const plan = await planBySlug("web-hosting-pro");
    const name = freshDomainName("agency");
    await addServiceToCart(access, { productId: plan.id, cycle: "ANNUAL" });
    await addDomainToCart(access, { operation: "register", name, years: 2, registrantContactId: contact.id });
    const placed = await checkoutCart(access);
    if (placed.kind !== "placed") throw new Error("not placed");
    expect(await provisionPaidOrders({ orderId: placed.orderId })).toMatchObject({ claimed: 0 });

    const card = await saveCard(access);
    await payInvoice({ accountId: account.id, userId: access.user.id, client: null }, { invoiceId: placed.invoiceId, methodId: card.id });
    const now = new Date();
    expect(await provisionPaidOrders({ now })).toMatchObject({ claimed: 2, active: 2, failed: 0 });

    const items = await db.orderItem.findMany({ where: { orderId: placed.orderId }, include: { service: true, domain: true, invoiceLine: true } });
    expect(items.map((item) => item.state)).toEqual(["ACTIVE", "ACTIVE"]);
    expect(items.every((item) => item.invoiceLine.fulfilledAt !== null)).toBe(true);
    const service = items.find((item) => item.kind === "SERVICE")!.service!;
    expect(service).toMatchObject({ accountId: account.id, productId: plan.id, productName: "Web Hosting Pro", status: "ACTIVE", billingCycle: "ANNUAL", currency: "EUR", diskLimitMb: plan.diskLimitMb, mailboxesLimit: plan.mailboxesLimit });
    expect(service.priceMinor).toBe(items.find((item) => item.kind === "SERVICE")!.priceMinor);
    const due = new Date(now);
    due.setUTCMonth(due.getUTCMonth() + 12);
    expect(service.nextDueAt).toEqual(due);
    expect(await db.demoPanelAccount.count({ where: { id: service.panelRef } })).toBe(1);
    const domain = items.find((item) => item.kind === "DOMAIN_REGISTRATION")!.domain!;
    expect(domain).toMatchObject({ accountId: account.id, name, registrantContactId: contact.id, status: "ACTIVE" });
    const registry = await db.demoRegistrarDomain.findUniqueOrThrow({ where: { name } });
    expect(registry.registrant).toMatchObject({ name: "Lucía Pérez", organization: "Panadería Pérez" });
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).paidAt).not.toBeNull();
  });

  it("runs twice and at once from several callers: each item is provisioned once", async () => {
    const { account, access } = await orderingAccount();
    const placed = await paidOrder(access, freshDomainName("race"), null);
    const runs = await Promise.all([provisionPaidOrders(), provisionPaidOrders(), provisionPaidOrders({ orderId: placed.orderId })]);
    expect(runs.reduce((sum, run) => sum + run.active, 0)).toBeGreaterThanOrEqual(2);
    expect(await provisionPaidOrders()).toMatchObject({ claimed: 0 });
    expect(await db.service.count({ where: { accountId: account.id } })).toBe(1);
    expect(await db.domain.count({ where: { accountId: account.id } })).toBe(1);
    expect(await db.orderItem.count({ where: { orderId: placed.orderId, state: "ACTIVE" } })).toBe(2);
  });

  it("a registry that does not answer: the item fails with the reason, the payment stays, a ticket is opened once", async () => {
    const { account, access } = await orderingAccount();
    const name = freshDomainName("outage");
    const placed = await paidOrder(access, name, null);
    await provisionPaidOrders({ orderId: placed.orderId });
    await provisionPaidOrders();
    const failed = await db.orderItem.findFirstOrThrow({ where: { orderId: placed.orderId, kind: "DOMAIN_REGISTRATION" }, include: { ticket: { include: { replies: true } }, invoiceLine: true } });
    expect(failed).toMatchObject({ state: "FAILED", failureCode: "driverFault" });
    expect(failed.failureReason).toContain("registry did not answer");
    expect(failed.invoiceLine.fulfilledAt).toBeNull();
    expect(failed.ticket).toMatchObject({ accountId: account.id, department: "TECHNICAL", priority: "HIGH", status: "OPEN" });
    expect(failed.ticket!.replies[0]!.body).toContain(name);
    expect(await db.supportTicket.count({ where: { accountId: account.id } })).toBe(1);
    expect(await db.payment.count({ where: { invoiceId: placed.invoiceId } })).toBe(1);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: placed.invoiceId } })).status).toBe("PAID");
    expect(await db.domain.count({ where: { name } })).toBe(0);
    // The plan of the same order was set up all the same.
    expect(await db.orderItem.count({ where: { orderId: placed.orderId, kind: "SERVICE", state: "ACTIVE" } })).toBe(1);
  });

  it("an item whose run died mid-way fails after a while, for a person to check; it is never run again", async () => {
    const { access } = await orderingAccount();
    const placed = await paidOrder(access, freshDomainName("crash"), null);
    const claimedAt = new Date(Date.now() - 60 * 60_000);
    await db.orderItem.updateMany({ where: { orderId: placed.orderId }, data: { state: "PROVISIONING", provisioningStartedAt: claimedAt } });
    const run = await provisionPaidOrders();
    expect(run.interrupted).toBe(2);
    expect(await db.orderItem.count({ where: { orderId: placed.orderId, state: "FAILED", failureCode: "interrupted", ticketId: { not: null } } })).toBe(2);
    expect(await db.service.count({ where: { accountId: access.account.id } })).toBe(0);
  });
});

describe("an order that creates its account", () => {
  it("creates the account with the user as owner and the order in one transaction", async () => {
    const user = await createUser();
    const plan = await planBySlug("web-hosting-starter");
    const placed = await orderWithNewAccount(user, { details: accountDetails({ currency: "GBP" }), plan: { productId: plan.id, cycle: "MONTHLY" } }, testClient());
    const account = await db.clientAccount.findUniqueOrThrow({ where: { id: placed.accountId }, include: { memberships: true } });
    expect(account).toMatchObject({ ownerId: user.id, currency: "GBP" });
    expect(account.memberships.map((membership) => membership.userId)).toEqual([user.id]);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { invoice: true } });
    expect(order).toMatchObject({ accountId: account.id, placedById: user.id });
    expect(order.invoice.currency).toBe("GBP");
  });

  it("a plan not sold in the chosen currency leaves no account behind", async () => {
    const user = await createUser();
    const plan = await planBySlug("web-hosting-starter");
    expect(await failureCode(orderWithNewAccount(user, { details: accountDetails({ currency: "CHF" }), plan: { productId: plan.id, cycle: "MONTHLY" } }, testClient()))).toBe("orderItemNotSold");
    expect(await db.clientAccount.count({ where: { ownerId: user.id } })).toBe(0);
  });
});
