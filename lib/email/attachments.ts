import { z } from "zod";
import type { EmailAttachment } from "@/emails/render";

/** An attachment as the outbox stores it (EmailMessage.attachments): JSON, its bytes in base64. */
const ZStoredAttachment = z.object({ filename: z.string(), contentType: z.string(), contentBase64: z.string() });
export type StoredAttachment = z.infer<typeof ZStoredAttachment>;

export function storeAttachments(attachments: EmailAttachment[] | undefined): StoredAttachment[] {
  return (attachments ?? []).map((file) => ({ filename: file.filename, contentType: file.contentType, contentBase64: Buffer.from(file.content).toString("base64") }));
}

/** What the sender hands to SMTP (nodemailer's attachment shape); a row that does not fit sends none rather than failing. */
export function readStoredAttachments(value: unknown): { filename: string; contentType: string; content: Buffer }[] {
  const parsed = z.array(ZStoredAttachment).safeParse(value);
  if (!parsed.success) return [];
  return parsed.data.map((file) => ({ filename: file.filename, contentType: file.contentType, content: Buffer.from(file.contentBase64, "base64") }));
}
