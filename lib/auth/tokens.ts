import { createHash, randomBytes } from "node:crypto";

/** A random token for a link sent by email, and the hash that is all the database keeps of it. */
export function createSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
