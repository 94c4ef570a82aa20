import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/validation/plain-text";

// Error messages are keys under `validation` in the message files.

export const MAX_SUBJECT = 200;
export const MAX_MESSAGE = 10_000;

export const TICKET_DEPARTMENTS = ["TECHNICAL", "BILLING", "SALES"] as const;
export const TICKET_PRIORITIES = ["LOW", "MEDIUM", "HIGH"] as const;

/** A message as typed: plain text, kept as is (rendered escaped), 10,000 characters at most. */
const ZMessage = multiLineText().trim().min(1, { error: "messageRequired" }).max(MAX_MESSAGE, { error: "messageTooLong" });

export const ZOpenTicket = z.object({
  department: z.enum(TICKET_DEPARTMENTS, { error: "departmentRequired" }),
  subject: singleLineText().trim().min(1, { error: "subjectRequired" }).max(MAX_SUBJECT, { error: "subjectTooLong" }),
  message: ZMessage,
  priority: z.enum(TICKET_PRIORITIES, { error: "invalid" }).default("MEDIUM"),
  /** Optional: the form's empty choice is "no service". */
  serviceId: z
    .union([z.literal(""), z.uuid({ error: "invalid" })])
    .optional()
    .transform((value) => value || null),
});
export type TOpenTicket = z.infer<typeof ZOpenTicket>;

export const ZTicketId = z.object({ ticketId: z.uuid({ error: "invalid" }) });

export const ZTicketReply = ZTicketId.extend({ message: ZMessage });
export type TTicketReply = z.infer<typeof ZTicketReply>;

/** What the provider's side sends (replyAsProvider): the same limits as a member's message. */
export const ZProviderReply = z.object({ ticketId: z.uuid(), staffName: singleLineText().trim().min(1).max(100), body: ZMessage });
export type TProviderReply = z.input<typeof ZProviderReply>;
