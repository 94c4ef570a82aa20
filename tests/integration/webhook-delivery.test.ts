/**
 * Webhook delivery against a real local HTTP receiver that verifies every request with the
 * standardwebhooks package, and the real database: deliveries commit or roll back with the
 * change that caused them, failures are retried on the schedule, a restart loses nothing,
 * two senders never send one delivery twice, and a receiver dead for three days is turned
 * off with an email to the provider. Time is moved with the sender's injectable clock (the
 * signature always carries the real time, which the receiver checks); nothing sleeps.
 *
 * The database clock is set to Tokyo time (UTC+9), as a managed PostgreSQL in local time
 * would be: the claim compares UTC wall-time columns, and a mistake would show as hours.
 */
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { CLAIM_LEASE_MS, RETRY_DELAYS_MS, deliverDueWebhooks, resumeWebhookDelivery, stopWebhookDelivery } from "@/lib/webhooks/deliver";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { DISABLE_AFTER_FAILING_MS } from "@/lib/webhooks/endpoint-health";
import { createWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES, webhookEnvelopeSchema, type WebhookEventType } from "@/lib/webhooks/events";
import { startWebhookWorker, webhookShutdownStep, type WebhookWorker } from "@/lib/webhooks/worker";
import { closedPort, startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { setDatabaseTimeZone } from "../support/database-time-zone";

const ACCOUNT = "0193a1b2-0000-7000-8000-00000000acc0";
let receiver: WebhookReceiver;
let clock: Date;
const now = () => clock;
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
// A minute ahead of the rows' own timestamps (written with the real time), so what a test emits is due.
const resetClock = () => {
  clock = new Date(Date.now() + 60_000);
};
const workers: WebhookWorker[] = [];
const worker = () => {
  const started = startWebhookWorker({ intervalMs: 20, now });
  workers.push(started);
  return started;
};

beforeAll(async () => {
  await setDatabaseTimeZone("Asia/Tokyo");
});

beforeEach(async () => {
  await db.webhookEndpoint.deleteMany();
  await db.emailMessage.deleteMany();
  receiver = await startWebhookReceiver();
  resetClock();
  resumeWebhookDelivery();
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((started) => started.stop()));
  await stopWebhookDelivery();
  resumeWebhookDelivery();
  await receiver.stop();
  vi.unstubAllEnvs();
});

afterAll(() => resumeWebhookDelivery());

async function endpointFor(url: string, events: WebhookEventType[] = [...WEBHOOK_EVENT_TYPES]) {
  const endpoint = await createWebhookEndpoint({ url, events });
  if (url === receiver.url) receiver.secret = endpoint.secret;
  return endpoint;
}

/** A contact.created event committed on its own; its contactId tells the events apart. */
async function emitContact(n: number) {
  const contactId = `0193a1b2-0000-7000-8000-${String(n).padStart(12, "0")}`;
  await db.$transaction((tx) => emitWebhookEvent(tx, { type: "contact.created", data: { accountId: ACCOUNT, contactId, email: `c${n}@example.com` } }));
  return contactId;
}

const deliveries = () => db.webhookDelivery.findMany({ orderBy: { id: "asc" } });

describe("a delivery", () => {
  it("is a signed POST of the versioned envelope, verified by the receiver, and logged DELIVERED", async () => {
    const endpoint = await endpointFor(receiver.url);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const contactId = await emitContact(1);

    expect(await deliverDueWebhooks({ now })).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    const [request] = receiver.received;
    expect(request!.payload).not.toBeNull();
    expect(webhookEnvelopeSchema("contact.created").parse(request!.payload)).toMatchObject({ type: "contact.created", version: 1, data: { accountId: ACCOUNT, contactId } });
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(Object.keys(JSON.parse(request!.body) as object)).toEqual(["type", "version", "timestamp", "data"]);
    expect(request!.headers["webhook-signature"]).toMatch(/^v1,/);
    const [row] = await deliveries();
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, lastResponseCode: 204, lastError: null, eventId: request!.id });
    // The signature covers the body and the secret: a changed body, or another secret, does not verify.
    const headers = request!.headers as Record<string, string>;
    expect(() => new Webhook(endpoint.secret).verify(request!.body.replace(`"version":1`, `"version":2`), headers)).toThrow();
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString("base64")}`).verify(request!.body, headers)).toThrow();
  });

  it("is written only for enabled endpoints subscribed to the type, and not at all when the change rolls back", async () => {
    await endpointFor(receiver.url, ["ticket.opened"]);
    const off = await endpointFor(receiver.url, ["contact.created"]);
    await updateWebhookEndpoint(off.id, { enabled: false });
    await emitContact(2);
    await expect(
      db.$transaction(async (tx) => {
        await emitWebhookEvent(tx, { type: "ticket.opened", data: { accountId: ACCOUNT, ticketId: ACCOUNT, number: 1, subject: "Down", department: "TECHNICAL", priority: "HIGH" } });
        throw new Error("the change failed after emitting");
      }),
    ).rejects.toThrow("the change failed");
    expect(await deliveries()).toEqual([]);
    expect(await deliverDueWebhooks({ now })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(receiver.received).toEqual([]);
  });
});

describe("retries", () => {
  it("fail the first two attempts of every event, then each event is received exactly once, across a restart of the sender", async () => {
    await endpointFor(receiver.url);
    receiver.answer = (previousAttempts) => (previousAttempts < 2 ? 500 : 200);
    const ids = [await emitContact(10), await emitContact(11), await emitContact(12)];
    const attemptsOf = async () => (await deliveries()).map((row) => row.attempts);

    const first = worker();
    await expect.poll(attemptsOf).toEqual([1, 1, 1]);
    const afterFirst = await deliveries();
    for (const row of afterFirst) {
      expect(row).toMatchObject({ status: "PENDING", lastResponseCode: 500, lastError: "HTTP 500", claimedAt: null });
      expect(row.nextAttemptAt.getTime()).toBe(clock.getTime() + RETRY_DELAYS_MS[0]!);
    }
    advance(RETRY_DELAYS_MS[0]!);
    await expect.poll(attemptsOf).toEqual([2, 2, 2]);

    // The app stops mid-way: the sender finishes its batch and stops; the rows stay PENDING.
    await webhookShutdownStep(first).run();
    expect((await deliveries()).every((row) => row.status === "PENDING")).toBe(true);
    // A sender that crashed holding one of them: its claim is honoured until the lease runs out.
    const crashed = afterFirst[0]!;
    await db.webhookDelivery.update({ where: { id: crashed.id }, data: { claimedAt: clock } });

    advance(RETRY_DELAYS_MS[1]!);
    resumeWebhookDelivery();
    const second = worker();
    try {
      await expect.poll(async () => (await deliveries()).filter((row) => row.status === "DELIVERED").length).toBe(2);
      expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: crashed.id } })).status).toBe("PENDING");
      advance(CLAIM_LEASE_MS);
      await expect.poll(async () => (await deliveries()).map((row) => row.status)).toEqual(["DELIVERED", "DELIVERED", "DELIVERED"]);
    } finally {
      await second.stop();
    }

    expect(receiver.received).toHaveLength(9);
    expect(receiver.received.every((request) => request.payload !== null)).toBe(true);
    const accepted = receiver.accepted();
    expect(accepted.map((request) => request.payload!.data.contactId).sort()).toEqual([...ids].sort());
    expect(new Set(accepted.map((request) => request.id)).size).toBe(3);
    for (const row of await deliveries()) expect(row).toMatchObject({ attempts: 3, lastResponseCode: 200, lastError: null });
  });

  it("never send one delivery twice when two senders run at once", async () => {
    await endpointFor(receiver.url);
    for (let n = 0; n < 45; n++) await emitContact(100 + n);
    const [a, b] = await Promise.all([deliverDueWebhooks({ now }), deliverDueWebhooks({ now })]);
    expect(a.delivered + b.delivered).toBe(45);
    expect(receiver.received).toHaveLength(45);
    expect(new Set(receiver.received.map((request) => request.id)).size).toBe(45);
  });

  it("count a receiver that never answers as failed after the timeout, and an unreachable one too", async () => {
    await endpointFor(receiver.url, ["contact.created"]);
    receiver.answer = () => "hang";
    const port = await closedPort();
    const unreachable = await endpointFor(`http://127.0.0.1:${port}/hooks`, ["contact.created"]);
    await emitContact(20);

    expect(await deliverDueWebhooks({ now, timeoutMs: 300 })).toEqual({ delivered: 0, retrying: 2, failed: 0 });
    const rows = await deliveries();
    const hung = rows.find((row) => row.endpointId !== unreachable.id)!;
    const refused = rows.find((row) => row.endpointId === unreachable.id)!;
    expect(hung).toMatchObject({ status: "PENDING", attempts: 1, lastResponseCode: null, lastError: "No answer within 300 ms" });
    expect(refused).toMatchObject({ status: "PENDING", attempts: 1, lastResponseCode: null });
    expect(refused.lastError).toContain("ECONNREFUSED");
    expect(receiver.received).toHaveLength(1);
  });

  it("give up after the tenth attempt: the delivery is FAILED", async () => {
    const endpoint = await endpointFor(receiver.url, ["contact.created"]);
    receiver.answer = () => 503;
    await emitContact(30);
    for (const delay of RETRY_DELAYS_MS) {
      await deliverDueWebhooks({ now });
      advance(delay);
      // A success elsewhere keeps the endpoint from the three-day rule: only the schedule is tested here.
      await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
    }
    expect(await deliverDueWebhooks({ now })).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect((await deliveries())[0]).toMatchObject({ status: "FAILED", attempts: 10, lastResponseCode: 503 });
    expect(receiver.received).toHaveLength(10);
  });
});

describe("an endpoint failing for three days", () => {
  it("is turned off with an email to the provider; turned on again, its waiting deliveries go out", async () => {
    vi.stubEnv("PROVIDER_ALERT_EMAIL", "ops@hosting.example");
    const endpoint = await endpointFor(receiver.url, ["contact.created"]);
    receiver.answer = () => 500;
    await emitContact(40);
    await deliverDueWebhooks({ now });
    const failingSince = (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince;
    expect(failingSince?.getTime()).toBe(clock.getTime());

    // Just under three days of failures: still on.
    advance(DISABLE_AFTER_FAILING_MS - 60_000);
    await emitContact(41);
    await deliverDueWebhooks({ now });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled).toBe(true);
    expect(await db.emailMessage.count()).toBe(0);

    advance(2 * 60_000);
    await emitContact(42);
    await deliverDueWebhooks({ now });
    const off = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(off).toMatchObject({ enabled: false, disabledReason: "failing" });
    const emails = await db.emailMessage.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: "ops@hosting.example", template: "webhook-endpoint-disabled" });
    expect(emails[0]!.subject).toBe(`Webhook endpoint turned off: ${receiver.url}`);
    expect(emails[0]!.text).toContain("HTTP 500");
    expect(emails[0]!.text).toContain(`PATCH /api/v1/webhooks/${endpoint.id}`);

    // Off: no new deliveries, the waiting ones are not sent.
    await emitContact(43);
    const sent = receiver.received.length;
    advance(RETRY_DELAYS_MS.at(-1)!);
    await deliverDueWebhooks({ now });
    expect(receiver.received).toHaveLength(sent);
    expect(await db.webhookDelivery.count()).toBe(3);

    // On again: the failing state is cleared and what waited is sent now.
    receiver.answer = () => 200;
    const on = await updateWebhookEndpoint(endpoint.id, { enabled: true });
    expect(on).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, failingSince: null });
    resetClock();
    expect(await deliverDueWebhooks({ now })).toMatchObject({ delivered: 3 });
    expect(await db.emailMessage.count()).toBe(1);
  });

  it("is not turned off when a delivery succeeded meanwhile", async () => {
    const endpoint = await endpointFor(receiver.url, ["contact.created"]);
    receiver.answer = () => 500;
    await emitContact(50);
    await deliverDueWebhooks({ now });
    receiver.answer = () => 200;
    advance(DISABLE_AFTER_FAILING_MS / 2);
    await emitContact(51);
    await deliverDueWebhooks({ now });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince).toBeNull();
    receiver.answer = () => 500;
    advance(DISABLE_AFTER_FAILING_MS / 2 + 60_000);
    await emitContact(52);
    await deliverDueWebhooks({ now });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled).toBe(true);
  });
});
