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
   * Sent as the gateway's idempotency key (the invoice and the method): if the app's
   * transaction fails after the gateway charged, a retry with the same card gets the same
   * charge instead of a second one. Another card is another attempt: gateways remember a
   * declined charge under its key, so one key per invoice would refuse the next card too.
   */
  idempotencyKey: string;
  description: string;
};

export type ChargeResult = { ok: true; reference: string } | { ok: false; reason: GatewayRefusal };

export type PaymentGateway = {
  /** Stored in PaymentMethod.gateway and Payment.gateway. */
  id: string;
  tokenize(card: CardDetails): Promise<TokenizeResult>;
  charge(request: ChargeRequest): Promise<ChargeResult>;
};
