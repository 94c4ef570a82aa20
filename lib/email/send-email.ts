import "server-only";
import { db } from "@/lib/db";
import type { RenderedEmail } from "@/emails/render";
import { emailFrom, smtpTransport } from "./transport";

export type SendEmailInput = { to: string; email: RenderedEmail };

/**
 * The one way the app sends an email. Every message is stored first, so what was sent can
 * be shown and nothing is lost when SMTP fails: the row records the failure. Without
 * SMTP_URL the message is only stored (CAPTURED) and can be read at /dev/mailbox.
 */
export async function sendEmail({ to, email }: SendEmailInput): Promise<void> {
  const transport = smtpTransport();
  const message = await db.emailMessage.create({
    data: { to, subject: email.subject, html: email.html, text: email.text, template: email.template, status: transport ? "PENDING" : "CAPTURED" },
  });
  if (!transport) return;

  try {
    await transport.sendMail({ from: emailFrom(), to, subject: email.subject, html: email.html, text: email.text });
    await db.emailMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`email ${message.id} to ${to} failed:`, reason);
    await db.emailMessage.update({ where: { id: message.id }, data: { status: "FAILED", lastError: reason, attempts: { increment: 1 } } });
  }
}
