/**
 * The nameservers a domain ordered here starts with: the provider's own, so a new domain
 * answers for its hosting at once. ORDER_NAMESERVERS (comma-separated) sets them per install.
 */
export function defaultNameservers(): string[] {
  const configured = (process.env.ORDER_NAMESERVERS ?? "")
    .split(",")
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  return configured.length >= 2 ? configured : ["ns1.nubehosting.example", "ns2.nubehosting.example"];
}
