import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { idPage } from "@/lib/api/operations/common";
import type { TCreateWebhookEndpoint, TUpdateWebhookEndpoint, ZListWebhookDeliveriesQuery, ZListWebhookEndpointsQuery } from "./schemas";
import type { WebhookEventType } from "./events";
import { newWebhookSecret } from "./secret";

/** The provider's webhook endpoints and their delivery logs, as the API shows them. */

const ENDPOINT = { id: true, url: true, events: true, enabled: true, disabledAt: true, disabledReason: true, failingSince: true, createdAt: true, updatedAt: true } as const satisfies Prisma.WebhookEndpointSelect;
type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof ENDPOINT }>;

const iso = (at: Date | null) => at?.toISOString() ?? null;

function endpointBody(row: EndpointRow) {
  return {
    id: row.id,
    url: row.url,
    // Written only through ZCreateWebhookEndpoint/ZUpdateWebhookEndpoint, which allow known types only.
    events: row.events as WebhookEventType[],
    enabled: row.enabled,
    disabledAt: iso(row.disabledAt),
    disabledReason: row.disabledReason as "manual" | "failing" | null,
    failingSince: iso(row.failingSince),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Registers an endpoint; the answer carries its signing secret, which is never shown again. */
export async function createWebhookEndpoint(input: TCreateWebhookEndpoint) {
  const { secret, sealed } = newWebhookSecret();
  const row = await db.webhookEndpoint.create({ data: { url: input.url, events: input.events, secretSealed: sealed }, select: ENDPOINT });
  return { ...endpointBody(row), secret };
}

export async function listWebhookEndpoints({ cursor, limit }: z.output<typeof ZListWebhookEndpointsQuery>) {
  const rows = await db.webhookEndpoint.findMany({ where: cursor ? { id: { lt: cursor } } : {}, select: ENDPOINT, orderBy: { id: "desc" }, take: limit + 1 });
  return idPage(rows, limit, endpointBody);
}

export async function getWebhookEndpoint(id: string) {
  const row = await db.webhookEndpoint.findUnique({ where: { id }, select: ENDPOINT });
  return row && endpointBody(row);
}

/**
 * Changes an endpoint. Turning it off keeps its waiting deliveries (and writes no new ones);
 * turning it on clears the failing state and makes the waiting deliveries due now, so a
 * receiver back from an outage gets what it missed without waiting out the backoff.
 */
export async function updateWebhookEndpoint(id: string, input: TUpdateWebhookEndpoint) {
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id }, select: { enabled: true } });
    if (!before) return null;
    const now = new Date();
    const switching =
      input.enabled === true && !before.enabled
        ? { enabled: true, disabledAt: null, disabledReason: null, failingSince: null }
        : input.enabled === false && before.enabled
          ? { enabled: false, disabledAt: now, disabledReason: "manual" }
          : {};
    const row = await tx.webhookEndpoint.update({ where: { id }, data: { url: input.url, events: input.events, ...switching }, select: ENDPOINT });
    if (input.enabled === true && !before.enabled) {
      await tx.webhookDelivery.updateMany({ where: { endpointId: id, status: "PENDING" }, data: { nextAttemptAt: now } });
    }
    return endpointBody(row);
  });
}

/** Deletes an endpoint with its delivery log; what was still waiting is not sent. */
export async function deleteWebhookEndpoint(id: string) {
  const deleted = await db.webhookEndpoint.deleteMany({ where: { id } });
  return deleted.count === 1;
}

export async function listWebhookDeliveries(endpointId: string, { status, cursor, limit }: z.output<typeof ZListWebhookDeliveriesQuery>) {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true } });
  if (!endpoint) return null;
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId, ...(status ? { status } : {}), ...(cursor ? { id: { lt: cursor } } : {}) },
    select: { id: true, eventId: true, type: true, status: true, attempts: true, lastResponseCode: true, lastError: true, nextAttemptAt: true, deliveredAt: true, createdAt: true },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  return idPage(rows, limit, (row) => ({
    id: row.id,
    eventId: row.eventId,
    type: row.type as WebhookEventType,
    status: row.status,
    attempts: row.attempts,
    lastResponseCode: row.lastResponseCode,
    lastError: row.lastError,
    nextAttemptAt: row.status === "PENDING" ? row.nextAttemptAt.toISOString() : null,
    deliveredAt: iso(row.deliveredAt),
    createdAt: row.createdAt.toISOString(),
  }));
}
