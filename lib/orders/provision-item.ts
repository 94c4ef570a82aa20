import "server-only";
import { planFields } from "@/lib/catalog/plan-fields";
import { randomBytes } from "node:crypto";
import { openSecret } from "@/lib/auth/secret-box";
import { recordActivity } from "@/lib/audit/record-activity";
import { CYCLE_MONTHS } from "@/lib/catalog/demo-catalog";
import { extensionOf } from "@/lib/catalog/prices";
import { registrantRecord } from "@/lib/domains/registrant-record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { driverFor } from "@/lib/provisioning/registry";
import { registrarFor } from "@/lib/registrars/registry";
import { generateServicePassword } from "@/lib/services/generate-password";
import { serviceSubject } from "@/lib/services/actionable-service";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { defaultNameservers } from "./default-nameservers";
import { withinDriverTimeout } from "./provisioning-failure";

type Tx = Prisma.TransactionClient;

const itemInclude = { order: { select: { id: true, accountId: true } }, product: true, registrant: true } satisfies Prisma.OrderItemInclude;
export type ClaimedItem = Prisma.OrderItemGetPayload<{ include: typeof itemInclude }>;

/** The item, locked, if it is still claimed and unfinished; null when another run already finished it. */
export async function lockClaimedItem(tx: Tx, itemId: string): Promise<ClaimedItem | null> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "OrderItem" WHERE id = ${itemId}::uuid AND state = 'PROVISIONING' AND "finishedAt" IS NULL FOR UPDATE SKIP LOCKED`;
  return row ? tx.orderItem.findUniqueOrThrow({ where: { id: row.id }, include: itemInclude }) : null;
}

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

/** A panel username no one has: the demo panel's are unique, and a real panel's usually are too. */
function panelUsername(): string {
  return `u${randomBytes(5).toString("hex")}`;
}

/**
 * A service of the item's plan: the panel account (its password is the panel's alone, as for
 * every service: members reset it or sign on from the service's page), and the Service with the
 * plan's limits, the price paid for the cycle and its next due date one cycle from now.
 */
async function provisionService(tx: Tx, item: ClaimedItem, now: Date) {
  const product = item.product;
  if (!product || !item.cycle) throw new Error(`Order item ${item.id} has no plan or cycle.`);
  const { panelRef } = await withinDriverTimeout(driverFor(product.panelDriver).provision(tx, { username: panelUsername(), password: generateServicePassword() }));
  const usedWhereLimited = (limit: number | null) => (limit === null ? null : 0);
  const service = await tx.service.create({
    data: {
      accountId: item.order.accountId,
      kind: product.kind,
      ...planFields(product),
      server: product.server,
      status: "ACTIVE",
      billingCycle: item.cycle,
      priceMinor: item.priceMinor,
      currency: item.currency,
      nextDueAt: addMonths(now, CYCLE_MONTHS[item.cycle]),
      diskUsedMb: usedWhereLimited(product.diskLimitMb),
      bandwidthUsedMb: usedWhereLimited(product.bandwidthLimitMb),
      mailboxesUsed: usedWhereLimited(product.mailboxesLimit),
      panelDriver: product.panelDriver,
      panelRef,
    },
  });
  await recordActivity(tx, { accountId: item.order.accountId, actorId: null, kind: "service.created", subjectId: service.id, client: null, details: serviceSubject(service) });
  return { serviceId: service.id, domainId: null };
}

/** A domain registered or transferred in at its extension's registrar, held by the item's registrant. */
async function provisionDomain(tx: Tx, item: ClaimedItem, now: Date) {
  const name = item.domainName;
  if (!name) throw new Error(`Order item ${item.id} has no domain name.`);
  const extension = await tx.domainExtension.findUnique({ where: { extension: extensionOf(name) }, select: { registrar: true } });
  const registrarName = extension?.registrar ?? "demo";
  const registrar = registrarFor(registrarName);
  const registrant = await registrantRecord(tx, item.order.accountId, item.registrant);
  const nameservers = defaultNameservers();
  const { expiresAt } =
    item.kind === "DOMAIN_TRANSFER"
      ? await withinDriverTimeout(registrar.transfer(tx, { name, transferCode: openSecret(item.transferCode ?? ""), nameservers, registrant }, now))
      : await withinDriverTimeout(registrar.register(tx, { name, years: item.years ?? 1, nameservers, registrant }, now));
  const domain = await tx.domain.create({
    data: { accountId: item.order.accountId, name, status: "ACTIVE", expiresAt, nameservers, registrantContactId: item.registrantContactId, registeredAt: now, registrar: registrarName },
  });
  await recordActivity(tx, { accountId: item.order.accountId, actorId: null, kind: "domain.created", subjectId: domain.id, client: null, details: { domain: name } });
  await emitWebhookEvent(tx, {
    type: "domain.registered",
    data: { accountId: item.order.accountId, domainId: domain.id, domain: name, operation: item.kind === "DOMAIN_TRANSFER" ? "transfer" : "register", expiresAt: expiresAt.toISOString(), registrantContactId: item.registrantContactId },
  });
  return { serviceId: null, domainId: domain.id };
}

/**
 * Provisions one claimed item in the caller's transaction: the driver's work, the Service or
 * Domain, the item ACTIVE, its invoice line fulfilled and order.item_provisioned, together.
 * The demo panel and registrar keep their state in this database, so their writes commit or
 * roll back with these rows; a driver for a remote panel keeps this road (the item stays
 * claimed, so a crash after the remote call fails it for a person to check, never runs it twice).
 */
export async function provisionItem(tx: Tx, item: ClaimedItem, now: Date): Promise<void> {
  const made = item.kind === "SERVICE" ? await provisionService(tx, item, now) : await provisionDomain(tx, item, now);
  await tx.orderItem.update({ where: { id: item.id }, data: { state: "ACTIVE", finishedAt: now, transferCode: null, ...made } });
  await tx.invoiceLine.update({ where: { id: item.invoiceLineId }, data: { fulfilledAt: now } });
  await emitWebhookEvent(tx, { type: "order.item_provisioned", data: { accountId: item.order.accountId, orderId: item.order.id, itemId: item.id, kind: item.kind, ...made } });
}
