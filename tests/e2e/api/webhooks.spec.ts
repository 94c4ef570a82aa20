import { randomBytes } from "node:crypto";
import { signInToEmpresa } from "../support/demo-members";
import { startWebhookReceiver, type WebhookReceiver } from "../../support/webhook-receiver";
import { expect, test } from "./support/api-test";

/**
 * Webhook endpoints over real HTTP against the production build, every answer checked
 * against the served document; then a member's action in the browser (opening a ticket)
 * reaches a receiver this test runs, signed, and shows in the endpoint's delivery log.
 */

type Endpoint = { id: string; url: string; events: string[]; enabled: boolean; disabledReason: string | null; failingSince: string | null; secret?: string };
type Page<Item> = { data: Item[]; nextCursor: string | null };
type Delivery = { eventId: string; type: string; status: string; attempts: number; lastResponseCode: number | null };

let receiver: WebhookReceiver;
test.beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
test.afterEach(async () => {
  await receiver.stop();
});

test("registers, reads, changes and deletes an endpoint; refuses bad URLs, unknown events and missing scopes", async ({ api }) => {
  const idempotencyKey = `webhook-${randomBytes(6).toString("hex")}`;
  const body = { url: receiver.url, events: ["invoice.issued", "invoice.paid"] };
  const created = await api.post<Endpoint>("/webhooks", body, { headers: { "Idempotency-Key": idempotencyKey } });
  expect(created.status).toBe(201);
  expect(created.body.secret).toMatch(/^whsec_/);
  expect(created.body).toMatchObject({ url: receiver.url, events: ["invoice.issued", "invoice.paid"], enabled: true, failingSince: null });
  // The same key and body: the first answer again, no second endpoint.
  const again = await api.post<Endpoint>("/webhooks", body, { headers: { "Idempotency-Key": idempotencyKey } });
  expect(again.body.id).toBe(created.body.id);
  const id = created.body.id;

  const one = await api.get<Endpoint>(`/webhooks/${id}`);
  expect(one.status).toBe(200);
  expect(one.body).not.toHaveProperty("secret");
  const list = await api.get<Page<Endpoint>>("/webhooks?limit=100");
  expect(list.body.data.filter((endpoint) => endpoint.url === receiver.url).map((endpoint) => endpoint.id)).toEqual([id]);

  const unknown = await api.post<{ errors: { field: string }[] }>("/webhooks", { url: receiver.url, events: ["invoice.deleted"] });
  expect(unknown.status).toBe(422);
  expect(unknown.body.errors.map((error) => error.field)).toEqual(["events.0"]);
  expect((await api.post("/webhooks", { url: "http://billing.example.com/hooks", events: ["invoice.paid"] })).status).toBe(422);
  expect((await api.post("/webhooks", { url: receiver.url, events: ["invoice.paid"], secret: "mine" })).status).toBe(422);
  const reader = await api.withScopes(["webhooks:read"]);
  expect((await reader.get(`/webhooks/${id}`)).status).toBe(200);
  expect((await reader.post("/webhooks", body)).status).toBe(403);
  expect((await (await api.withScopes(["tickets:write"])).get("/webhooks")).status).toBe(403);

  const off = await api.patch<Endpoint>(`/webhooks/${id}`, { enabled: false });
  expect(off.body).toMatchObject({ enabled: false, disabledReason: "manual" });
  const changed = await api.patch<Endpoint>(`/webhooks/${id}`, { enabled: true, events: ["payment.failed"] });
  expect(changed.body).toMatchObject({ enabled: true, disabledReason: null, events: ["payment.failed"] });
  expect((await api.patch(`/webhooks/${id}`, { events: ["payment.refunded"] })).status).toBe(422);
  expect((await api.patch(`/webhooks/${id}`, {})).status).toBe(422);

  const log = await api.get<Page<Delivery>>(`/webhooks/${id}/deliveries?status=DELIVERED`);
  expect(log.body).toEqual({ data: [], nextCursor: null });
  expect((await api.get(`/webhooks/${id}/deliveries?status=LOST`)).status).toBe(422);

  expect((await api.delete(`/webhooks/${id}`)).status).toBe(200);
  expect((await api.get(`/webhooks/${id}`)).status).toBe(404);
  expect((await api.delete(`/webhooks/${id}`)).status).toBe(404);
  expect((await api.get(`/webhooks/${id}/deliveries`)).status).toBe(404);
  expect((await api.get("/webhooks/not-an-id")).status).toBe(404);
});

test("a member opens a ticket in the browser and the provider's receiver gets the signed ticket.opened", async ({ api, page }) => {
  const created = await api.post<Endpoint>("/webhooks", { url: receiver.url, events: ["ticket.opened"] });
  expect(created.status).toBe(201);
  receiver.secret = created.body.secret!;
  const id = created.body.id;

  try {
    const accountPath = await signInToEmpresa(page, "ana@example.com");
    await page.goto(`${accountPath}/support/new`);
    const subject = `Webhook check ${randomBytes(3).toString("hex")}`;
    await page.getByLabel("Department").selectOption("TECHNICAL");
    await page.getByLabel("Priority").selectOption("MEDIUM");
    await page.getByLabel("Subject").fill(subject);
    await page.getByLabel("Message").fill("The panel is slow since this morning.");
    await page.getByRole("button", { name: "Open ticket" }).click();
    await expect(page).toHaveURL(new RegExp(`${accountPath}/support/[0-9a-f-]{36}\\?opened=1$`));
    const ticketId = new URL(page.url()).pathname.split("/").at(-1)!;

    // The sender runs after the commit, on its own: the page never waited for the receiver.
    await expect.poll(() => receiver.received.filter((request) => request.payload?.data.ticketId === ticketId).length, { timeout: 15_000 }).toBe(1);
    const request = receiver.received.find((received) => received.payload?.data.ticketId === ticketId)!;
    expect(request.payload).toMatchObject({ type: "ticket.opened", version: 1, data: { subject, department: "TECHNICAL", priority: "MEDIUM" } });

    await expect
      .poll(async () => (await api.get<Page<Delivery>>(`/webhooks/${id}/deliveries`)).body.data.map(({ eventId, type, status, attempts, lastResponseCode }) => ({ eventId, type, status, attempts, lastResponseCode })))
      .toEqual([{ eventId: request.id, type: "ticket.opened", status: "DELIVERED", attempts: 1, lastResponseCode: 204 }]);
  } finally {
    await api.delete(`/webhooks/${id}`);
  }
});
