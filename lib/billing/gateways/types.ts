/**
 * What the app asks of a payment gateway. A gateway keeps the card; the app keeps only the
 * token it hands back, with the brand, last four digits and expiry to show people.
 */
export type CardDetails = { number: string; expMonth: number; expYear: number; cvc: string; holderName: string };

export type SavedCard = { token: string; brand: string; last4: string; expMonth: number; expYear: number };

/** Why a gateway refused a card or a charge; each has a message under `errors.payment.*`. */
export type GatewayRefusal = "invalid_number" | "invalid_cvc" | "expired_card" | "card_declined" | "insufficient_funds";

export type TokenizeResult = { ok: true; card: SavedCard } | { ok: false; reason: GatewayRefusal };

export type ChargeRequest = {
  token: string;
  amountMinor: number;
  currency: string;
  /**
   * Sent as the gateway's idempotency key: the id of the payment attempt committed before the
   * call (PaymentAttempt). The same key again gets the first answer, never a second charge,
   * and findCharge(key) tells later whether the charge happened, when its answer was lost
   * (lib/invoices/reconcile-payments.ts). Another attempt, with the same card or another, is
   * another key: gateways remember a declined charge under its key too.
   */
  idempotencyKey: string;
  description: string;
};

export type ChargeResult = { ok: true; reference: string } | { ok: false; reason: GatewayRefusal };

/** What a gateway knows of a charge asked under an idempotency key; unknown: never asked, nothing charged. */
export type ChargeLookup =
  | { status: "charged"; reference: string; amountMinor: number; currency: string }
  | { status: "refused"; reason: GatewayRefusal }
  | { status: "unknown" };

/**
 * A key sent again with another amount, currency or card: the gateway refuses it without
 * charging, as real gateways answer an idempotency key reused for a different request. It is
 * a fault of the app (each attempt has its own key), not something a payer can cause.
 */
export class IdempotencyKeyMisuse extends Error {
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency key ${idempotencyKey} was already used for a different charge.`);
    this.name = "IdempotencyKeyMisuse";
  }
}

export type PaymentGateway = {
  /** Stored in PaymentMethod.gateway and Payment.gateway. */
  id: string;
  tokenize(card: CardDetails): Promise<TokenizeResult>;
  /** Charges once per idempotency key; throws IdempotencyKeyMisuse for a key reused with another request. */
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** Whether a charge was made under this key, for reconciling an attempt whose answer was lost. */
  findCharge(idempotencyKey: string): Promise<ChargeLookup>;
};
