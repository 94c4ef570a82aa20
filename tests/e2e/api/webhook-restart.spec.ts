import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { newKeyToken } from "../../../lib/api/key-token";
import { startWebhookReceiver, type WebhookReceiver } from "../../support/webhook-receiver";
import { createE2eDatabase, startOwnAppServer, type OwnAppServer } from "../support/own-app-server";

/**
 * Deliveries are rows, so they outlive the process that wrote them. An app server of the
 * production build that this test starts itself (on its own database, beside the suite's
 * server) sends account.created to a real receiver that verifies every signature with the
 * standardwebhooks package and fails the first two attempts of each event. Between the
 * attempts the server is stopped as on a deploy, then killed as in a crash, and started
 * again: each event is received three times and accepted exactly once.
 */

type DeliveryRow = { eventId: string; status: string; attempts: number; claimedAt: Date | null; lastResponseCode: number | null };

const PORT = Number(process.env.E2E_PORT ?? 3310) + 50;

test("webhook deliveries survive a restart and a crash: the first two attempts fail, then each event arrives exactly once", async () => {
  test.setTimeout(240_000);
  const databaseUrl = await createE2eDatabase("webhook_restart");
  const database = new pg.Client({ connectionString: databaseUrl });
  const receiver: WebhookReceiver = await startWebhookReceiver();
  receiver.answer = (previousAttempts) => (previousAttempts < 2 ? 503 : 204);
  const start = () => startOwnAppServer({ databaseUrl, port: PORT, env: { WEBHOOK_INTERVAL_MS: "200" } });
  let server: OwnAppServer | null = await start();

  try {
    await database.connect();
    const { token, prefix, secretHash } = newKeyToken();
    await database.query(`INSERT INTO "ApiKey" (id, name, prefix, "secretHash", scopes) VALUES (gen_random_uuid(), 'restart test', $1, $2, $3)`, [prefix, secretHash, ["accounts:write", "webhooks:write"]]);
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server!.url}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: await response.json() };
    };
    const deliveries = async () => (await database.query<DeliveryRow>(`SELECT "eventId", status, attempts, "claimedAt", "lastResponseCode" FROM "WebhookDelivery" ORDER BY "eventId"`)).rows;
    const settled = async () => (await deliveries()).map(({ status, attempts, claimedAt }) => `${status} ${attempts}${claimedAt ? " claimed" : ""}`);

    const endpoint = await call("POST", "/webhooks", { url: receiver.url, events: ["account.created"] });
    expect(endpoint.status).toBe(201);
    receiver.secret = endpoint.body.secret;
    const accountIds: string[] = [];
    for (let n = 0; n < 3; n++) {
      const created = await call("POST", "/accounts", {
        kind: "COMPANY",
        legalName: `Restart ${n} ${randomBytes(3).toString("hex")}, S.L.`,
        currency: "EUR",
        address: { line1: "Calle Mayor 1", city: "Madrid", postcode: "28013", country: "ES" },
        owner: { email: `restart-${n}-${randomBytes(3).toString("hex")}@example.com` },
      });
      expect(created.status).toBe(201);
      accountIds.push(created.body.id);
    }

    // First attempts, refused by the receiver; then the app is stopped as on a deploy.
    await expect.poll(settled).toEqual(["PENDING 1", "PENDING 1", "PENDING 1"]);
    expect(await server.stop()).toBe(0);
    server = null;
    // The backoff's first minute passes while the app is down (the schedule itself is the integration tests' subject).
    await database.query(`UPDATE "WebhookDelivery" SET "nextAttemptAt" = now()`);
    server = await start();
    await expect.poll(settled).toEqual(["PENDING 2", "PENDING 2", "PENDING 2"]);

    // Now it dies on the spot, between attempts; the next start sends what is due.
    await server.crash();
    server = null;
    await database.query(`UPDATE "WebhookDelivery" SET "nextAttemptAt" = now()`);
    server = await start();
    await expect.poll(settled).toEqual(["DELIVERED 3", "DELIVERED 3", "DELIVERED 3"]);

    const rows = await deliveries();
    expect(rows.every((row) => row.lastResponseCode === 204)).toBe(true);
    // Every request verified; each event sent three times under one id, accepted exactly once.
    expect(receiver.received.every((request) => request.payload !== null)).toBe(true);
    const eventIds = rows.map((row) => row.eventId);
    for (const eventId of eventIds) expect(receiver.received.filter((request) => request.id === eventId).map((request) => request.answered)).toEqual([503, 503, 204]);
    expect(receiver.accepted().map((request) => request.id).sort()).toEqual([...eventIds].sort());
    expect(receiver.accepted().map((request) => request.payload!.data.accountId).sort()).toEqual([...accountIds].sort());
    expect(receiver.accepted().every((request) => request.payload!.type === "account.created")).toBe(true);
  } finally {
    await server?.stop();
    await receiver.stop();
    await database.end().catch(() => {});
  }
});
