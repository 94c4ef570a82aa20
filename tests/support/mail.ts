import { db } from "@/lib/db";

export function emailsTo(to: string) {
  return db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

/** The token of the last verification link sent to an address. */
export async function lastVerificationToken(to: string): Promise<string> {
  const messages = await emailsTo(to);
  const text = messages.filter((m) => m.template === "verify-email").at(-1)?.text ?? "";
  const match = text.match(/\/verify-email\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no verification link sent to ${to}`);
  return match[1];
}
