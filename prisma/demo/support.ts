import { writeStaffReply } from "../../lib/support/write-staff-reply";
import type { DemoSeeder } from "./context";

const HOUR_MS = 60 * 60 * 1000;

type Message = { from: "member" | "staff"; body: string; hoursAgo: number };
type DemoTicket = {
  department: "TECHNICAL" | "BILLING" | "SALES";
  priority: "LOW" | "MEDIUM" | "HIGH";
  subject: string;
  /** Relates the ticket to the account's n-th service, when it has one. */
  service?: number;
  closed?: boolean;
  messages: Message[];
};

/** Who answers, by department: a billing question is not answered by the technicians. */
const STAFF: Record<DemoTicket["department"], string[]> = {
  TECHNICAL: ["Irene (Nube Hosting support)", "Marc (Nube Hosting support)"],
  BILLING: ["Jonas (Nube Hosting billing)"],
  SALES: ["Clara (Nube Hosting sales)"],
};

/** Conversations a hosting customer really has, each ending in a different state. */
const TICKETS: DemoTicket[] = [
  {
    department: "TECHNICAL",
    priority: "HIGH",
    subject: "Emails to our domain bounce since this morning",
    service: 0,
    messages: [
      { from: "member", body: "Since about 8:00 every email sent to us bounces with \"550 mailbox unavailable\". Nothing changed on our side.", hoursAgo: 30 },
      { from: "staff", body: "Thanks for the report. The MX record of your domain pointed to an old server after a migration; we have corrected it.\nMail should arrive again within the hour. Details: https://status.nubehosting.example/incidents/2291", hoursAgo: 28 },
    ],
  },
  {
    department: "BILLING",
    priority: "MEDIUM",
    subject: "Invoice shows the wrong tax ID",
    messages: [
      { from: "member", body: "Our latest invoice shows our old tax ID. Could you issue a corrected one?", hoursAgo: 50 },
      { from: "staff", body: "Invoices keep the details they were issued with. Please update the tax ID on the billing page; we will issue a corrective invoice afterwards.", hoursAgo: 47 },
      { from: "member", body: "Done, the billing details are updated now.", hoursAgo: 20 },
    ],
  },
  {
    department: "SALES",
    priority: "LOW",
    subject: "Do you offer managed backups for VPS?",
    service: 1,
    messages: [{ from: "member", body: "We would like daily off-site backups for our VPS. Is that available, and at what price?", hoursAgo: 5 }],
  },
  {
    department: "TECHNICAL",
    priority: "MEDIUM",
    subject: "SSL certificate renewal failed",
    service: 2,
    closed: true,
    messages: [
      { from: "member", body: "The dashboard says the certificate renewal failed. The site still works, but for how long?", hoursAgo: 24 * 12 },
      { from: "staff", body: "The renewal failed because of a CAA record that only allowed another authority. We removed it and the certificate renewed.", hoursAgo: 24 * 12 - 3 },
      { from: "member", body: "Confirmed, thank you!", hoursAgo: 24 * 11 },
    ],
  },
  {
    department: "TECHNICAL",
    priority: "HIGH",
    subject: "Website very slow in the evenings",
    service: 0,
    messages: [
      { from: "member", body: "Between 19:00 and 22:00 our shop takes 8 seconds to load.", hoursAgo: 72 },
      { from: "staff", body: "We see CPU limits being reached at those hours. Could you tell us whether a marketing campaign runs then?", hoursAgo: 70 },
      { from: "member", body: "Yes, our newsletter goes out at 19:00.", hoursAgo: 68 },
      { from: "staff", body: "Then an upgrade to the next plan, or caching of the product pages, will help. We can enable the cache for you if you wish.", hoursAgo: 66 },
    ],
  },
  {
    department: "BILLING",
    priority: "LOW",
    subject: "Change of billing contact",
    closed: true,
    messages: [
      { from: "member", body: "Please send invoices to our accountant from now on.", hoursAgo: 24 * 40 },
      { from: "staff", body: "You can add her address under Billing, invoice addresses. Let us know if anything is unclear.", hoursAgo: 24 * 40 - 2 },
    ],
  },
];

/**
 * Tickets of a demo account with their conversations: written as the app writes them (the
 * provider's replies through writeStaffReply, the pure part of replyAsProvider), without the
 * emails: a fresh demo should not start with an outbox full of old ticket notifications.
 */
export const seedSupport: DemoSeeder = async (context) => {
  const { db, accountId, now } = context;
  const members = [...context.memberIds.values()];
  const services = await db.service.findMany({ where: { accountId }, orderBy: [{ createdAt: "asc" }, { productName: "asc" }, { id: "asc" }], select: { id: true } });
  for (const [position, demo] of TICKETS.entries()) {
    const at = (message: Message) => new Date(now.getTime() - message.hoursAgo * HOUR_MS);
    const author = members[(position + context.index) % members.length]!;
    const first = demo.messages[0]!;
    const serviceId = demo.service !== undefined && services.length ? services[(demo.service + context.index) % services.length]!.id : null;
    await db.$transaction(async (tx) => {
      const ticket = await tx.supportTicket.create({
        data: { accountId, department: demo.department, priority: demo.priority, subject: demo.subject, serviceId, openedById: author, status: "OPEN", createdAt: at(first), lastReplyAt: at(first) },
      });
      for (const [k, message] of demo.messages.entries()) {
        if (message.from === "staff") {
          await writeStaffReply(tx, { ticketId: ticket.id, staffName: STAFF[demo.department][(position + k) % STAFF[demo.department].length]!, body: message.body, at: at(message) });
          continue;
        }
        await tx.ticketReply.create({ data: { ticketId: ticket.id, authorId: author, body: message.body, createdAt: at(message) } });
        if (k > 0) await tx.supportTicket.update({ where: { id: ticket.id }, data: { status: "CUSTOMER_REPLY", lastReplyAt: at(message) } });
      }
      if (demo.closed) await tx.supportTicket.update({ where: { id: ticket.id }, data: { status: "CLOSED", closedAt: at(demo.messages.at(-1)!) } });
    });
  }
};
