import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { WEBHOOK_EVENT_DATA, WEBHOOK_PAYLOAD_VERSION, type WebhookEvent } from "./events";

type Client = Prisma.TransactionClient | Pick<PrismaClient, "webhookEndpoint" | "webhookDelivery">;

/**
 * Writes one delivery of the event for each enabled endpoint subscribed to its type, inside
 * the caller's transaction: the deliveries exist exactly when the change that caused them
 * commits, and a rolled-back change sends nothing (the outbox, as for email). The sender
 * (lib/webhooks/deliver.ts) takes them after commit, so the request never waits for a receiver.
 *
 * No "server-only": writeAccount, which the end-to-end factories load, emits too.
 */
export async function emitWebhookEvent(client: Client, event: WebhookEvent, at: Date = new Date()): Promise<void> {
  // A payload the published schema does not describe is a bug here, not a receiver's problem.
  const data = WEBHOOK_EVENT_DATA[event.type].parse(event.data);
  const endpoints = await client.webhookEndpoint.findMany({ where: { enabled: true, events: { has: event.type } }, select: { id: true } });
  if (endpoints.length === 0) return;
  // One id per event, the same at every endpoint and on every retry: webhook-id, for the receiver's de-duplication.
  const eventId = `msg_${randomUUID().replaceAll("-", "")}`;
  const payload = { type: event.type, version: WEBHOOK_PAYLOAD_VERSION, timestamp: at.toISOString(), data } as Prisma.InputJsonObject;
  await client.webhookDelivery.createMany({ data: endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId, type: event.type, payload })) });
}
