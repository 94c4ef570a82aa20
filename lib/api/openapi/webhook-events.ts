/**
 * The webhook events' payloads in the OpenAPI document (its `webhooks` section). Empty until
 * webhooks land; lib/webhooks defines each event's schema and this lists them.
 */
export function WEBHOOK_EVENTS_DOCUMENT(components: Record<string, Record<string, unknown>>): { webhooks?: Record<string, unknown> } {
  void components;
  return {};
}
