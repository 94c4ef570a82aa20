/**
 * The demo gateway keeps its own books in PostgreSQL, like a real gateway: a charge is
 * remembered under its idempotency key, the same key answers the same result and never
 * charges twice, and findCharge tells later what happened under a key.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoGateway } from "@/lib/billing/gateways/demo-gateway";
import { IdempotencyKeyMisuse } from "@/lib/billing/gateways/types";

const card = { number: "4242424242424242", expMonth: 12, expYear: new Date().getUTCFullYear() + 2, cvc: "123", holderName: "Ana Silva" };

async function tokenOf(number: string) {
  const saved = await demoGateway.tokenize({ ...card, number });
  if (!saved.ok) throw new Error("the test cards save");
  return saved.card.token;
}

const charge = (token: string, idempotencyKey = randomUUID()) => ({ token, amountMinor: 2536, currency: "EUR", idempotencyKey, description: "Invoice INV-2026-000001" });

describe("the demo gateway", () => {
  it("charges a good card once per key: the same key again, even at the same moment, is the first charge", async () => {
    const request = charge(await tokenOf(card.number));
    const answers = await Promise.all([demoGateway.charge(request), demoGateway.charge(request), demoGateway.charge(request)]);
    expect(answers[0]).toMatchObject({ ok: true, reference: expect.stringMatching(/^demo_ch_[0-9a-f]{24}$/) });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(await demoGateway.charge(request)).toEqual(answers[0]);
    expect(await db.demoGatewayCharge.count({ where: { idempotencyKey: request.idempotencyKey } })).toBe(1);

    // Another key is another charge, with its own reference.
    const other = await demoGateway.charge({ ...request, idempotencyKey: randomUUID() });
    expect(other).toMatchObject({ ok: true });
    expect(other).not.toEqual(answers[0]);
  });

  it("refuses a key reused with another amount, currency or card as a misuse, charging nothing more", async () => {
    const request = charge(await tokenOf(card.number));
    const first = await demoGateway.charge(request);
    await expect(demoGateway.charge({ ...request, amountMinor: 9999 })).rejects.toBeInstanceOf(IdempotencyKeyMisuse);
    await expect(demoGateway.charge({ ...request, currency: "USD" })).rejects.toBeInstanceOf(IdempotencyKeyMisuse);
    await expect(demoGateway.charge({ ...request, token: await tokenOf("5555555555554444") })).rejects.toBeInstanceOf(IdempotencyKeyMisuse);
    expect(await demoGateway.findCharge(request.idempotencyKey)).toEqual({ status: "charged", reference: (first as { reference: string }).reference, amountMinor: 2536, currency: "EUR" });
  });

  it("declines the test cards that decline, remembers the refusal under its key, and a foreign token is declined", async () => {
    const declined = charge(await tokenOf("4000000000000002"));
    const broke = charge(await tokenOf("4000000000009995"));
    expect(await demoGateway.charge(declined)).toEqual({ ok: false, reason: "card_declined" });
    expect(await demoGateway.charge(broke)).toEqual({ ok: false, reason: "insufficient_funds" });
    expect(await demoGateway.charge(charge("tok_visa"))).toEqual({ ok: false, reason: "card_declined" });
    expect(await demoGateway.findCharge(declined.idempotencyKey)).toEqual({ status: "refused", reason: "card_declined" });
    expect(await demoGateway.findCharge(broke.idempotencyKey)).toEqual({ status: "refused", reason: "insufficient_funds" });
  });

  it("knows nothing of a key it was never asked to charge", async () => {
    expect(await demoGateway.findCharge(randomUUID())).toEqual({ status: "unknown" });
  });
});
