import { demoGateway } from "./demo-gateway";
import type { PaymentGateway } from "./types";

/**
 * Every gateway the app can talk to, by id. A saved method remembers its gateway, so methods
 * saved with one keep working after PAYMENT_GATEWAY names another. Add a real gateway here.
 */
const GATEWAYS: Record<string, PaymentGateway> = { [demoGateway.id]: demoGateway };

/** The gateway of a saved method or payment; an unknown id is a configuration error, not user input. */
export function gatewayFor(id: string): PaymentGateway {
  const gateway = GATEWAYS[id];
  if (!gateway) throw new Error(`No payment gateway "${id}" is configured.`);
  return gateway;
}

/** The gateway new cards are saved with: PAYMENT_GATEWAY, "demo" by default. */
export function activeGateway(): PaymentGateway {
  return gatewayFor(process.env.PAYMENT_GATEWAY?.trim() || demoGateway.id);
}
