import { createHash, randomBytes } from "node:crypto";
import { cardBrand, cardDigits, isExpired, isValidCvc, passesLuhn } from "../card-rules";
import type { ChargeResult, GatewayRefusal, PaymentGateway, TokenizeResult } from "./types";

/**
 * How the well-known test card numbers behave when charged, as in real gateways' test
 * modes: they save fine and are refused when paid with. Every other valid number pays.
 */
const TEST_CARD_BEHAVIOUR: Record<string, "decline" | "nofunds"> = {
  "4000000000000002": "decline",
  "4000000000009995": "nofunds",
};
const CHARGE_REFUSALS: Record<string, GatewayRefusal> = { decline: "card_declined", nofunds: "insufficient_funds" };

/**
 * The gateway that runs here, for the demo and tests: it checks a card like a real one (Luhn,
 * expiry, CVC), and its token carries how the card behaves, so it needs no storage of its
 * own. The card number and the CVC are used only inside tokenize and never leave it: the
 * app stores the token, the brand and the last four digits, nothing more.
 */
export const demoGateway: PaymentGateway = {
  id: "demo",

  async tokenize(card): Promise<TokenizeResult> {
    const digits = cardDigits(card.number);
    if (!passesLuhn(digits)) return { ok: false, reason: "invalid_number" };
    const brand = cardBrand(digits);
    if (!isValidCvc(card.cvc, brand)) return { ok: false, reason: "invalid_cvc" };
    if (isExpired(card, new Date())) return { ok: false, reason: "expired_card" };
    const behaviour = TEST_CARD_BEHAVIOUR[digits] ?? "ok";
    return {
      ok: true,
      card: { token: `demo_${behaviour}_${randomBytes(12).toString("hex")}`, brand, last4: digits.slice(-4), expMonth: card.expMonth, expYear: card.expYear },
    };
  },

  async charge(request): Promise<ChargeResult> {
    const behaviour = /^demo_(ok|decline|nofunds)_[0-9a-f]{24}$/.exec(request.token)?.[1];
    // A token this gateway did not issue is refused like a card the bank does not know.
    if (!behaviour) return { ok: false, reason: "card_declined" };
    const refusal = CHARGE_REFUSALS[behaviour];
    if (refusal) return { ok: false, reason: refusal };
    // The same idempotency key and card give the same charge reference, as a retry should.
    const reference = createHash("sha256").update(`${request.idempotencyKey}:${request.token}`).digest("hex").slice(0, 24);
    return { ok: true, reference: `demo_ch_${reference}` };
  },
};
