/**
 * The webhook events come from the domain functions every door shares (a member's action,
 * the provider's API, the seed), written in the change's own transaction: each function here
 * is the one the app's pages call, and each leaves exactly its event in the outbox.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeAccount } from "@/lib/accounts/close-account";
import { createContact } from "@/lib/contacts/manage-contacts";
import { changeNameservers, setDomainSwitch } from "@/lib/domains/manage-domains";
import { payInvoice } from "@/lib/invoices/pay-invoice";
import { recordBankTransfer } from "@/lib/invoices/record-bank-transfer";
import { leaveAccount, removeMember } from "@/lib/members/change-members";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { inviteMember } from "@/lib/invitations/invite-member";
import { requestCancellation } from "@/lib/services/service-requests";
import { replyAsMember } from "@/lib/support/member-reply";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES, webhookEnvelopeSchema, type WebhookEventType } from "@/lib/webhooks/events";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { contactInput } from "../factories/contacts";
import { createDomain } from "../factories/domains";
import { issueTestInvoice, saveCard, TEST_CARDS } from "../factories/invoices";
import { createTestService } from "../factories/services";
import { testClient } from "../factories/sessions";
import { openTestTicket } from "../factories/tickets";
import { createUser, FACTORY_PASSWORD, uniqueEmail } from "../factories/users";
import { lastInvitationToken } from "../support/mail";

beforeEach(async () => {
  await db.webhookEndpoint.deleteMany();
  await createWebhookEndpoint({ url: "https://hooks.example.com/client-area", events: [...WEBHOOK_EVENT_TYPES] });
});

/** The events written since `after` (a delivery id), oldest first, checked against their published schema. */
async function eventsSince(after?: string) {
  const rows = await db.webhookDelivery.findMany({ where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" } });
  return rows.map((row) => webhookEnvelopeSchema(row.type as WebhookEventType).parse(row.payload));
}
const lastId = async () => (await db.webhookDelivery.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id;

describe("the domain functions emit their events", () => {
  it("account, ticket, invoice, payment, contact, domain, service and member events, each with its data", async () => {
    const { account, owner } = await createAccountWithOwner();
    expect(await eventsSince()).toMatchObject([{ type: "account.created", version: 1, data: { accountId: account.id, ownerId: owner.id, legalName: account.legalName } }]);
    const access = await accessFor(owner, account.id);

    let mark = await lastId();
    const ticket = await openTestTicket(access, { subject: "Mail bounces" });
    await replyAsMember(access, ticket.id, "Still bouncing.", testClient());
    expect(await eventsSince(mark)).toMatchObject([
      { type: "ticket.opened", data: { accountId: account.id, ticketId: ticket.id, number: ticket.number, subject: "Mail bounces" } },
      { type: "ticket.customer_replied", data: { ticketId: ticket.id, authorId: owner.id } },
    ]);

    mark = await lastId();
    const card = await saveCard(access, TEST_CARDS.declines);
    const refused = await issueTestInvoice(account.id);
    await expect(payInvoice({ accountId: account.id, userId: owner.id, client: testClient() }, { invoiceId: refused.id, methodId: card.id })).rejects.toThrow();
    const good = await saveCard(access, TEST_CARDS.pays);
    const paid = await payInvoice({ accountId: account.id, userId: owner.id, client: testClient() }, { invoiceId: refused.id, methodId: good.id });
    expect(await eventsSince(mark)).toMatchObject([
      { type: "invoice.issued", data: { invoiceId: refused.id, number: refused.number, totalMinor: refused.totalMinor } },
      // The refused charge rolled its payment back, invoice.paid with it; payment.failed is written on its own.
      { type: "payment.failed", data: { invoiceId: refused.id, amountMinor: refused.totalMinor, reason: "card_declined" } },
      { type: "invoice.paid", data: { invoiceId: refused.id, paymentId: paid.paymentId, amountMinor: refused.totalMinor } },
    ]);

    // The provider's door (a bank transfer recorded through the API) settles through the same function: the same event.
    mark = await lastId();
    const transferred = await issueTestInvoice(account.id);
    const recorded = await recordBankTransfer({ invoiceId: transferred.id, amountMinor: transferred.totalMinor, reference: "TRF-2026-0042" });
    expect(await eventsSince(mark)).toMatchObject([
      { type: "invoice.issued", data: { invoiceId: transferred.id } },
      { type: "invoice.paid", data: { invoiceId: transferred.id, paymentId: recorded.paymentId, amountMinor: transferred.totalMinor } },
    ]);

    mark = await lastId();
    const contact = await createContact(access, contactInput({ email: "it-lead@example.com" }), testClient());
    const domain = await createDomain(account.id);
    await changeNameservers(access, domain.id, "ns1.example.net\nns2.example.net", testClient());
    await setDomainSwitch(access, domain.id, { setting: "autoRenew", on: false }, testClient());
    const service = await createTestService(account.id);
    const cancellation = await requestCancellation({ accountId: account.id, userId: owner.id, client: testClient() }, service.id, "Moving in-house.");
    expect(await eventsSince(mark)).toMatchObject([
      { type: "contact.created", data: { contactId: contact.id, email: "it-lead@example.com" } },
      { type: "domain.updated", data: { domainId: domain.id, domain: domain.name, change: "nameservers" } },
      { type: "domain.updated", data: { domainId: domain.id, change: "autoRenew" } },
      { type: "service.cancellation_requested", data: { serviceId: service.id, requestId: cancellation.requestId, reason: "Moving in-house." } },
    ]);

    mark = await lastId();
    const email = uniqueEmail("invitee");
    await inviteMember(access, { email, grant: { type: "built-in", profile: "BILLING" } }, testClient());
    const joining = await createUser({ email });
    await acceptInvitation(await lastInvitationToken(email), joining, testClient());
    const removed = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const leaving = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    await removeMember(access, removed.membership.id, testClient());
    await leaveAccount(await accessFor(leaving.user, account.id), testClient());
    await closeAccount(access, { password: FACTORY_PASSWORD, confirmName: access.account.legalName }, testClient());
    expect(await eventsSince(mark)).toMatchObject([
      { type: "member.joined", data: { accountId: account.id, userId: joining.id, email } },
      { type: "member.removed", data: { userId: removed.user.id, reason: "removed" } },
      { type: "member.removed", data: { userId: leaving.user.id, reason: "left" } },
      { type: "account.closed", data: { accountId: account.id } },
    ]);
  });

  it("writes nothing when the change is refused", async () => {
    const { account, owner } = await createAccountWithOwner();
    const mark = await lastId();
    const access = await accessFor(owner, account.id);
    await expect(closeAccount(access, { password: "wrong password", confirmName: access.account.legalName }, testClient())).rejects.toThrow();
    expect(await eventsSince(mark)).toEqual([]);
  });
});
