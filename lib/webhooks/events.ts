import { z } from "zod";

/**
 * The webhook events: each type's `data`, version 1. These schemas are the contract with the
 * provider's receivers: they check every payload before it is written (lib/webhooks/emit.ts)
 * and are published in the OpenAPI document's `webhooks` section
 * (lib/api/openapi/webhook-events.ts). A change that breaks a receiver is a new version.
 *
 * `data` carries ids and the few facts a receiver routes on; the full resource is one API call
 * away (GET /accounts/{accountId}, …), so a payload never holds what a later change would make stale.
 */

const Id = z.uuid();
const Moment = z.iso.datetime();

export const WEBHOOK_EVENT_DATA = {
  "account.created": z.object({ accountId: Id, legalName: z.string(), currency: z.string(), ownerId: Id }),
  "account.closed": z.object({ accountId: Id, closedAt: Moment }),
  "member.joined": z.object({ accountId: Id, userId: Id, email: z.string() }),
  "member.removed": z.object({
    accountId: Id,
    userId: Id,
    email: z.string(),
    reason: z.enum(["removed", "left"]).meta({ description: "removed: by another member or the provider; left: the member left." }),
  }),
  "invoice.issued": z.object({ accountId: Id, invoiceId: Id, number: z.string(), totalMinor: z.number().int(), currency: z.string(), dueAt: Moment }),
  "invoice.paid": z.object({ accountId: Id, invoiceId: Id, number: z.string(), amountMinor: z.number().int(), currency: z.string(), paymentId: Id, paidAt: Moment }),
  "payment.failed": z.object({
    accountId: Id,
    invoiceId: Id,
    number: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    reason: z.string().meta({ description: "The gateway's reason code, e.g. `declined`." }),
  }),
  "ticket.opened": z.object({ accountId: Id, ticketId: Id, number: z.number().int(), subject: z.string(), department: z.string(), priority: z.string() }),
  "ticket.customer_replied": z.object({ accountId: Id, ticketId: Id, number: z.number().int(), authorId: Id }),
  // No longer sent since members order upgrades and pay them (service.upgraded); kept so endpoints subscribed to it stay valid.
  "service.upgrade_requested": z.object({ accountId: Id, serviceId: Id, requestId: Id, targetProduct: z.string() }),
  "service.cancellation_requested": z.object({ accountId: Id, serviceId: Id, requestId: Id, reason: z.string() }),
  "service.upgraded": z.object({
    accountId: Id,
    serviceId: Id,
    invoiceId: Id.meta({ description: "The paid invoice whose upgrade line this applied." }),
    productId: Id.meta({ description: "The catalog plan the service is on now (GET /catalog/products/{productId})." }),
    productName: z.string(),
    priceMinor: z.number().int().meta({ description: "The recurring price from the next period on, in minor units of `currency`." }),
    currency: z.string(),
  }),
  // The billing run's own suspensions (the provider's, made through its API, it knows of already).
  "service.suspended": z.object({
    accountId: Id,
    serviceId: Id,
    cause: z.enum(["unpaid"]).meta({ description: "unpaid: its period's invoice was unpaid past the suspension limit (BILLING_SUSPEND_AFTER_DAYS)." }),
    invoiceId: Id,
  }),
  "service.unsuspended": z.object({
    accountId: Id,
    serviceId: Id,
    cause: z.enum(["unpaid"]).meta({ description: "unpaid: the invoice it was suspended for is settled." }),
    invoiceId: Id,
  }),
  "domain.updated": z.object({
    accountId: Id,
    domainId: Id,
    domain: z.string(),
    change: z.string().meta({ description: "What changed: `nameservers`, `registrant`, `locked`, `autoRenew`; the provider's own changes add `expiry`, `status`." }),
  }),
  "domain.renewed": z.object({
    accountId: Id,
    domainId: Id,
    domain: z.string(),
    years: z.number().int().meta({ description: "How many years the registrar added." }),
    expiresAt: Moment.meta({ description: "The new expiry date." }),
    invoiceId: Id.meta({ description: "The paid invoice the renewal was on." }),
  }),
  "domain.renewal_failed": z.object({
    accountId: Id,
    domainId: Id,
    domain: z.string(),
    invoiceId: Id,
    reason: z.string().meta({ description: "The registrar's refusal code, e.g. `renewalTooLong` or `registrarUnknownDomain`. The invoice stays paid; the renewal is tried again once a day." }),
  }),
  "contact.created": z.object({ accountId: Id, contactId: Id, email: z.string() }),
  // Ordering (lib/orders): an order placed at checkout, its invoice paid, each item provisioned or failed.
  "order.placed": z.object({ accountId: Id, orderId: Id, invoiceId: Id, totalMinor: z.number().int(), currency: z.string(), itemCount: z.number().int() }),
  "order.paid": z.object({ accountId: Id, orderId: Id, invoiceId: Id }),
  "order.item_provisioned": z.object({
    accountId: Id,
    orderId: Id,
    itemId: Id,
    kind: z.enum(["SERVICE", "DOMAIN_REGISTRATION", "DOMAIN_TRANSFER"]),
    serviceId: Id.nullable(),
    domainId: Id.nullable(),
  }),
  "order.item_failed": z.object({
    accountId: Id,
    orderId: Id,
    itemId: Id,
    kind: z.enum(["SERVICE", "DOMAIN_REGISTRATION", "DOMAIN_TRANSFER"]),
    reason: z.string().meta({ description: "What the driver or registrar answered, in English; the payment is kept and `ticketId` is open for the provider." }),
    ticketId: Id,
  }),
  "domain.registered": z.object({
    accountId: Id,
    domainId: Id,
    domain: z.string(),
    operation: z.enum(["register", "transfer"]),
    expiresAt: Moment,
    registrantContactId: Id.nullable().meta({ description: "The contact holding the domain; null: the account itself." }),
  }),
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_DATA;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_DATA) as WebhookEventType[];

export const WEBHOOK_PAYLOAD_VERSION = 1;

/** One event as a caller emits it: its type and its data (typed by the type). */
export type WebhookEvent = { [Type in WebhookEventType]: { type: Type; data: z.input<(typeof WEBHOOK_EVENT_DATA)[Type]> } }[WebhookEventType];

/** The envelope every delivery's body is: the same for every type, so a receiver can route before it parses `data`. */
export function webhookEnvelopeSchema<Type extends WebhookEventType>(type: Type) {
  return z.object({
    type: z.literal(type),
    version: z.literal(WEBHOOK_PAYLOAD_VERSION),
    timestamp: Moment.meta({ description: "When the change happened (committed with it)." }),
    data: WEBHOOK_EVENT_DATA[type],
  });
}

export function isWebhookEventType(value: string): value is WebhookEventType {
  return Object.hasOwn(WEBHOOK_EVENT_DATA, value);
}
