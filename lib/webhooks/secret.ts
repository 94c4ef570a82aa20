import "server-only";
import { randomBytes } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";

/**
 * An endpoint's signing secret, in the Standard Webhooks form: "whsec_" and 32 random bytes
 * in base64 (what `new Webhook(secret)` of every Standard Webhooks library takes). Signing
 * needs the secret itself, so it is sealed at rest (AES-256-GCM, key derived from
 * NEXTAUTH_SECRET), not hashed: a copy of the database alone cannot forge deliveries.
 */
export function newWebhookSecret(): { secret: string; sealed: string } {
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  return { secret, sealed: sealSecret(secret) };
}

export function openWebhookSecret(sealed: string): string {
  return openSecret(sealed);
}
