import { createHash } from "node:crypto";
import type { PremiumPrice } from "../types";

/**
 * The demo registrar's fixed world, so tests and demos can rely on it:
 * - it sells these extensions (".example" holds the demo data);
 * - a name is registered elsewhere when its first label is in TAKEN_ELSEWHERE or starts with
 *   "taken-"; such a name can be transferred in with its transfer code (transferCodeElsewhere),
 *   unless its first label starts with "locked-" (the losing registrar's lock is on);
 * - a name is premium when its first label has at most three characters or starts with
 *   "premium-".
 * - a name whose first label starts with "outage-" is available, but its registry does not
 *   answer a registration or a transfer (a registry outage, as a timeout): ordering one shows
 *   what a failed provisioning looks like (the item fails, the payment stays, a ticket opens).
 * A name in the demo registry (DemoRegistrarDomain) is held here and so not available either.
 */
export const DEMO_EXTENSIONS = ["com", "net", "org", "eu", "es", "de", "it", "io", "example"] as const;

const TAKEN_ELSEWHERE = new Set(["google", "amazon", "wikipedia", "hosting", "cloud", "mail", "shop"]);

function firstLabel(name: string): string {
  return name.split(".")[0]!;
}

export function isSoldHere(name: string): boolean {
  const extension = name.slice(name.indexOf(".") + 1);
  return (DEMO_EXTENSIONS as readonly string[]).includes(extension);
}

export function isRegisteredElsewhere(name: string): boolean {
  const label = firstLabel(name);
  return TAKEN_ELSEWHERE.has(label) || label.startsWith("taken-") || label.startsWith("locked-");
}

export function isRegistryDown(name: string): boolean {
  return firstLabel(name).startsWith("outage-");
}

export function isLockedElsewhere(name: string): boolean {
  return firstLabel(name).startsWith("locked-");
}

/** The code the other registrar gave the holder of a name registered elsewhere. */
export function transferCodeElsewhere(name: string): string {
  return `DEMO-${createHash("sha256").update(name).digest("hex").slice(0, 10).toUpperCase()}`;
}

export function premiumPrice(name: string): PremiumPrice | null {
  const label = firstLabel(name);
  if (label.startsWith("premium-")) return { currency: "EUR", registrationMinor: 9_900 };
  if (label.length <= 3) return { currency: "EUR", registrationMinor: 25_000 };
  return null;
}
