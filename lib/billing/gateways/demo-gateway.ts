import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { demoTokenBehaviour, tokenizeDemoCard } from "./demo-card-tokens";
import { IdempotencyKeyMisuse, type ChargeLookup, type ChargeRequest, type ChargeResult, type GatewayRefusal, type PaymentGateway } from "./types";

const CHARGE_REFUSALS: Record<string, GatewayRefusal> = { decline: "card_declined", nofunds: "insufficient_funds" };

/** What the card behind a token does when charged; a token this gateway did not issue is refused like a card the bank does not know. */
function answerFor(token: string): ChargeResult {
  const behaviour = demoTokenBehaviour(token);
  if (!behaviour) return { ok: false, reason: "card_declined" };
  const refusal = CHARGE_REFUSALS[behaviour];
  if (refusal) return { ok: false, reason: refusal };
  return { ok: true, reference: `demo_ch_${randomBytes(12).toString("hex")}` };
}

type StoredCharge = { token: string; amountMinor: number; currency: string; reference: string | null; refusal: string | null };

function asResult(stored: StoredCharge): ChargeResult {
  return stored.reference ? { ok: true, reference: stored.reference } : { ok: false, reason: stored.refusal as GatewayRefusal };
}

/**
 * The gateway that runs here, for the demo and tests: it checks a card like a real one (Luhn,
 * expiry, CVC), and its token carries how the card behaves. Like a real gateway it keeps its
 * own books (DemoGatewayCharge, outside the app's transactions): a charge is remembered under
 * its idempotency key, so the same key again answers the first result and never charges
 * twice, and findCharge tells afterwards what happened. The card number and the CVC are used
 * only inside tokenize and never leave it: the app stores the token, the brand and the last
 * four digits, nothing more.
 */
export const demoGateway: PaymentGateway = {
  id: "demo",

  tokenize: async (card) => tokenizeDemoCard(card),

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const answer = answerFor(request.token);
    // The first request under a key writes its answer; a retry, or one arriving at the same
    // moment, finds that row instead (the key is the primary key) and gets the same answer.
    const written = await db.demoGatewayCharge.createMany({
      data: {
        idempotencyKey: request.idempotencyKey,
        token: request.token,
        amountMinor: request.amountMinor,
        currency: request.currency,
        description: request.description,
        reference: answer.ok ? answer.reference : null,
        refusal: answer.ok ? null : answer.reason,
      },
      skipDuplicates: true,
    });
    if (written.count === 1) return answer;
    const first = await db.demoGatewayCharge.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey } });
    const sameRequest = first.token === request.token && first.amountMinor === request.amountMinor && first.currency === request.currency;
    if (!sameRequest) throw new IdempotencyKeyMisuse(request.idempotencyKey);
    return asResult(first);
  },

  async findCharge(idempotencyKey: string): Promise<ChargeLookup> {
    const stored = await db.demoGatewayCharge.findUnique({ where: { idempotencyKey } });
    if (!stored) return { status: "unknown" };
    if (!stored.reference) return { status: "refused", reason: stored.refusal as GatewayRefusal };
    return { status: "charged", reference: stored.reference, amountMinor: stored.amountMinor, currency: stored.currency };
  },
};
