/**
 * A first visit that leads somewhere (issue 15, point 12): the setup steps of a new account,
 * computed from its data and only for members who may take them; joining from the
 * invitations waiting for a signed-in person, only their own.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setupSteps } from "@/lib/accounts/setup-steps";
import { acceptPendingInvitation } from "@/lib/invitations/accept-invitation";
import { inviteMember } from "@/lib/invitations/invite-member";
import { pendingInvitationsFor } from "@/lib/invitations/pending-for-user";
import { accessFor, addMember, createAccountWithOwner } from "../factories/accounts";
import { saveCard } from "../factories/invoices";
import { testClient } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";
import { failureCode } from "../support/errors";

const TECHNICIAN = { type: "built-in", profile: "TECHNICIAN" } as const;

describe("the setup steps of a new account", () => {
  it("lists the tax id, a card and a colleague, and drops each once it is done", async () => {
    const { account, owner } = await createAccountWithOwner({ details: { taxId: null } });
    const access = await accessFor(owner, account.id);
    expect(await setupSteps(access)).toEqual(["billingDetails", "card", "invite"]);

    await db.clientAccount.update({ where: { id: account.id }, data: { taxId: "ESB76543210" } });
    expect(await setupSteps(access)).toEqual(["card", "invite"]);

    await saveCard(access);
    expect(await setupSteps(access)).toEqual(["invite"]);

    await inviteMember(access, { email: uniqueEmail("colleague"), grant: TECHNICIAN }, testClient());
    expect(await setupSteps(access)).toEqual([]);
  });

  it("asks no tax id of a private person, and counts a member who joined as a colleague invited", async () => {
    const { account, owner } = await createAccountWithOwner({ details: { kind: "PERSON", taxId: null } });
    await addMember(account.id, { builtInProfile: "BILLING" });
    expect(await setupSteps(await accessFor(owner, account.id))).toEqual(["card"]);
  });

  it("shows a member only the steps they may take", async () => {
    const { account } = await createAccountWithOwner({ details: { taxId: null } });
    const technician = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const billing = await addMember(account.id, { builtInProfile: "BILLING" });
    expect(await setupSteps(await accessFor(technician.user, account.id))).toEqual([]);
    // The tax id is edited in the settings (account.edit), which Billing does not hold; the card is theirs.
    expect(await setupSteps(await accessFor(billing.user, account.id))).toEqual(["card"]);
  });
});

describe("the invitations waiting for a signed-in person", () => {
  it("lists those to their address and joins one with the invitation's grant", async () => {
    const { account, owner } = await createAccountWithOwner();
    const person = await createUser({ name: "Invited Person" });
    await inviteMember(await accessFor(owner, account.id), { email: person.email, grant: TECHNICIAN }, testClient());

    const waiting = await pendingInvitationsFor(person);
    expect(waiting.map((invitation) => invitation.account.legalName)).toEqual([account.legalName]);
    expect(await acceptPendingInvitation(waiting[0]!.id, person, testClient())).toEqual({ accountId: account.id });
    const membership = await db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: account.id, userId: person.id } } });
    expect(membership.builtInProfile).toBe("TECHNICIAN");
    expect(await pendingInvitationsFor(person)).toEqual([]);
  });

  it("refuses another person's invitation by its id, and writes nothing", async () => {
    const { account, owner } = await createAccountWithOwner();
    const invited = await createUser();
    const stranger = await createUser();
    const { invitationId } = await inviteMember(await accessFor(owner, account.id), { email: invited.email, grant: TECHNICIAN }, testClient());
    expect(await pendingInvitationsFor(stranger)).toEqual([]);

    expect(await failureCode(acceptPendingInvitation(invitationId, stranger, testClient()))).toBe("invitationInvalid");
    expect(await db.membership.count({ where: { accountId: account.id, userId: stranger.id } })).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).status).toBe("PENDING");
  });
});
