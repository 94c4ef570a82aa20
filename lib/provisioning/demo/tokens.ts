import { createHash, randomBytes } from "node:crypto";

/** A secret for a link or a cookie: 256 random bits, URL-safe. */
export function newPanelToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored instead of the token: a leaked table does not hand out working links or sessions. */
export function hashPanelToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
