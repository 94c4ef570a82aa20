/**
 * Which language an email or an invoice is written in: invoices (PDF and billing emails) in the
 * account's document language, to every reader; other account emails in each recipient's own
 * language, a contact's included; an invitation in its address's user's language, else the
 * inviter's.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { invoiceDetails } from "@/lib/invoices/invoice-details";
import { buildInvoicePdf } from "@/lib/invoices/invoice-pdf";
import { invoicePdfLabels } from "@/lib/invoices/invoice-pdf-labels";
import { inviteMember } from "@/lib/invitations/invite-member";
import { notifyAccount } from "@/lib/notifications/notify-account";
import { memberJoinedEmail } from "@/emails/account/member-joined";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { createContactRow } from "../factories/contacts";
import { issueTestInvoice } from "../factories/invoices";
import { testClient } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";

async function subjectsTo(accountId: string, template: string) {
  const sent = await db.emailMessage.findMany({ where: { accountId, template }, select: { to: true, subject: true } });
  return Object.fromEntries(sent.map((email) => [email.to, email.subject]));
}

describe("an account's document language", () => {
  it("writes the invoice emails in it, to members, contacts and invoice addresses whatever their own language", async () => {
    const { account, owner } = await createAccountWithOwner({ details: { documentLocale: "de" } });
    const billing = await addMember(account.id, { builtInProfile: "BILLING" });
    await db.user.update({ where: { id: billing.user.id }, data: { locale: "es" } });
    const bookkeeper = await createContactRow(account.id, { categories: ["BILLING"] });
    await db.contact.update({ where: { id: bookkeeper.id }, data: { locale: "it" } });
    await db.clientAccount.update({ where: { id: account.id }, data: { invoiceEmails: ["ap@books.example"] } });

    const { number } = await issueTestInvoice(account.id);

    const subjects = await subjectsTo(account.id, "invoice-issued");
    expect(subjects).toEqual({
      [owner.email]: `Neue Rechnung ${number}`,
      [billing.user.email]: `Neue Rechnung ${number}`,
      [bookkeeper.email]: `Neue Rechnung ${number}`,
      "ap@books.example": `Neue Rechnung ${number}`,
    });
  });

  it("writes the invoice PDF in it, with its tax label and local number and date formats", async () => {
    const { account } = await createAccountWithOwner({ details: { documentLocale: "es" } });
    const { id } = await issueTestInvoice(account.id, { issuedAt: new Date("2026-03-05T10:00:00Z"), taxRateBp: 2100 });
    const invoice = (await invoiceDetails(account.id, id))!;
    const pdf = await buildInvoicePdf(invoice, invoicePdfLabels("es"), "es");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("FACTURA");
    expect(text).toContain("IVA");
    expect(text).toMatch(/5 mar 2026/);
    expect(text).toMatch(/\d+,\d{2}\s?€/);
  });
});

describe("other account emails", () => {
  it("are written in each recipient's own language: members by their profile, contacts by theirs", async () => {
    const { account, owner } = await createAccountWithOwner({ details: { documentLocale: "de" } });
    await db.user.update({ where: { id: owner.id }, data: { locale: "es" } });
    const contact = await createContactRow(account.id, { categories: ["GENERAL"] });
    await db.contact.update({ where: { id: contact.id }, data: { locale: "it" } });

    await notifyAccount(account.id, "GENERAL", memberJoinedEmail({ memberName: "Ada", url: "http://localhost/x" }));

    const subject = (locale: string) => translatorFor(locale)("emails.memberJoined.subject", { accountName: account.legalName });
    expect(await subjectsTo(account.id, "member-joined")).toEqual({ [owner.email]: subject("es"), [contact.email]: subject("it") });
    expect(subject("es")).not.toBe(subject("it"));
  });
});

describe("an invitation", () => {
  it("is written in the language of the address's user when there is one, else in the inviter's, never the account's", async () => {
    const { account, owner } = await createAccountWithOwner({ details: { documentLocale: "de" } });
    const inviter = await db.user.update({ where: { id: owner.id }, data: { locale: "es" } });
    const italian = await db.user.update({ where: { id: (await createUser()).id }, data: { locale: "it" } });
    const stranger = uniqueEmail("stranger");
    const access = await accessFor(inviter, account.id);

    for (const email of [italian.email, stranger]) await inviteMember(access, { email, grant: { type: "built-in", profile: "BILLING" } }, testClient());

    const subject = (locale: string) => translatorFor(locale)("emails.invitation.subject", { accountName: account.legalName });
    expect(await subjectsTo(account.id, "invitation")).toEqual({ [italian.email]: subject("it"), [stranger]: subject("es") });
    expect(new Set(["it", "es", "de"].map(subject)).size).toBe(3);
  });
});
