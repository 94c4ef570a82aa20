import { randomBytes } from "node:crypto";
import { cardBrand, cardDigits, isExpired, isValidCvc, passesLuhn } from "../card-rules";
import type { CardDetails, TokenizeResult } from "./types";

/**
 * How the well-known test card numbers behave when charged, as in real gateways' test
 * modes: they save fine and are refused when paid with. Every other valid number pays.
 */
const TEST_CARD_BEHAVIOUR: Record<string, "decline" | "nofunds"> = {
  "4000000000000002": "decline",
  "4000000000009995": "nofunds",
};

export type DemoCardBehaviour = "ok" | "decline" | "nofunds";

/**
 * The demo gateway's card check and token, apart from its books (demo-gateway.ts keeps its
 * charges in PostgreSQL): the card is checked like a real gateway checks it (Luhn, expiry, CVC)
 * and the token carries how the card behaves. No database and no "server-only", so the
 * end-to-end factories save cards exactly as the gateway does.
 */
export function tokenizeDemoCard(card: CardDetails): TokenizeResult {
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
}

/** What the card behind a demo token does when charged; null for a token this gateway did not issue. */
export function demoTokenBehaviour(token: string): DemoCardBehaviour | null {
  return (/^demo_(ok|decline|nofunds)_[0-9a-f]{24}$/.exec(token)?.[1] as DemoCardBehaviour | undefined) ?? null;
}
