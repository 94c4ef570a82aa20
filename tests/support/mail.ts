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

/** The token of the last password reset link sent to an address. */
export async function lastResetToken(to: string): Promise<string> {
  const messages = await emailsTo(to);
  const text = messages.filter((m) => m.template === "password-reset").at(-1)?.text ?? "";
  const match = text.match(/\/reset-password\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no password reset link sent to ${to}`);
  return match[1];
}

/** The templates of the emails sent to an address, oldest first. */
export async function templatesSentTo(to: string): Promise<string[]> {
  return (await emailsTo(to)).map((m) => m.template);
}

/** The token of the last invitation link sent to an address. */
export async function lastInvitationToken(to: string): Promise<string> {
  const messages = await emailsTo(to);
  const text = messages.filter((m) => m.template === "invitation").at(-1)?.text ?? "";
  const match = text.match(/\/invite\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no invitation link sent to ${to}`);
  return match[1];
}
