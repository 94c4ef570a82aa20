import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { EmailCategory } from "@/lib/generated/prisma/client";
import { isEmailCategory } from "@/lib/email/categories";

/**
 * Contacts do not sign in, so their unsubscribe link carries its own proof: the contact id
 * and category, signed with a key derived from NEXTAUTH_SECRET. Nobody can make a link
 * that unsubscribes someone else.
 */
function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "client-area", "unsubscribe:v1", 32));
}

const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

export function unsubscribeToken(contactId: string, category: EmailCategory): string {
  const payload = `${contactId}.${category}`;
  return `${payload}.${sign(payload)}`;
}

export function readUnsubscribeToken(token: string): { contactId: string; category: EmailCategory } | null {
  const parts = token.split(".");
  const [contactId, category, signature] = parts;
  if (parts.length !== 3 || !contactId || !category || !signature || !isEmailCategory(category)) return null;
  const expected = Buffer.from(sign(`${contactId}.${category}`));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { contactId, category } : null;
}
