/**
 * The new-invoice email as issueInvoice queues it (issue 15, point 11): the PDF attached to
 * every copy and delivered with it over SMTP, its totals and Pay button, the account's
 * document language, and no unsubscribe link in the owner's copy.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/email/outbox";
import { readStoredAttachments } from "@/lib/email/attachments";
import { addMember, createAccountWithOwner } from "../factories/accounts";
import { issueTestInvoice } from "../factories/invoices";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { restoreSmtp, pointMailerAt } from "../support/smtp-url";

let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.stop();
  restoreSmtp();
});
afterEach(() => restoreSmtp());

describe("the new-invoice email", () => {
  it("carries the invoice's PDF in every copy, the totals and a Pay button; only the owner's copy has no unsubscribe link", async () => {
    const { account, owner } = await createAccountWithOwner();
    const billing = await addMember(account.id, { builtInProfile: "BILLING" });
    const issued = await issueTestInvoice(account.id);

    const copies = await db.emailMessage.findMany({ where: { accountId: account.id, template: "invoice-issued" } });
    expect(copies.map((copy) => copy.to).sort()).toEqual([owner.email, billing.user.email].sort());
    for (const copy of copies) {
      const [pdf, ...others] = readStoredAttachments(copy.attachments);
      expect(others).toEqual([]);
      expect(pdf).toMatchObject({ filename: `invoice-${issued.number}.pdf`, contentType: "application/pdf" });
      expect(pdf!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(copy.text).toContain(`/accounts/${account.id}/invoices/${issued.id}`);
      expect(copy.text).toMatch(/Subtotal: €[\d.,]+\nVAT 21%: €[\d.,]+\nTotal: €[\d.,]+/);
      expect(copy.html).toMatch(new RegExp(`<a href="[^"]*/accounts/${account.id}/invoices/${issued.id}"[^>]*>Pay €[\\d.,]+</a>`));
    }
    const ownerCopy = copies.find((copy) => copy.to === owner.email)!;
    const memberCopy = copies.find((copy) => copy.to === billing.user.email)!;
    expect(ownerCopy.text).not.toContain("Stop receiving these emails");
    expect(ownerCopy.text).toContain("as the owner of");
    expect(memberCopy.text).toContain("Stop receiving these emails");
  });

  it("is written in the account's document language, PDF included", async () => {
    const { account } = await createAccountWithOwner();
    await db.clientAccount.update({ where: { id: account.id }, data: { documentLocale: "de" } });
    const issued = await issueTestInvoice(account.id);
    const [copy] = await db.emailMessage.findMany({ where: { accountId: account.id, template: "invoice-issued" } });
    expect(copy!.html).toContain('<html lang="de">');
    expect(copy!.text).toContain("Die Rechnung liegt als PDF bei");
    expect(readStoredAttachments(copy!.attachments)[0]!.filename).toBe(`invoice-${issued.number}.pdf`);
  });

  it("is delivered over SMTP with the PDF attached", async () => {
    pointMailerAt(smtp.url);
    smtp.received.length = 0;
    const { account, owner } = await createAccountWithOwner();
    const issued = await issueTestInvoice(account.id);
    await deliverPendingEmails();
    const message = smtp.received.find((m) => m.to.includes(owner.email) && m.subject.includes(issued.number));
    expect(message).toBeDefined();
    expect(message!.raw).toMatch(/Content-Type: application\/pdf; name=invoice-INV-[\d-]+\.pdf/);
    expect(message!.raw).toMatch(/Content-Disposition: attachment; filename=invoice-INV-[\d-]+\.pdf/);
    expect(message!.raw).toContain("Content-Type: text/html");
  });
});
