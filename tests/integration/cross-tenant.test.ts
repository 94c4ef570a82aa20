/**
 * Rule 2: another tenant's ids are "not found", the same as ids that do not exist, and
 * nothing is written. A's owner holds every permission in A, so a refusal here can only
 * come from the tenancy check, not from a missing permission.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { listActivity } from "@/lib/audit/list-activity";
import { acceptInvitation, inspectInvitation } from "@/lib/invitations/accept-invitation";
import { inviteMember, reinvite, revokeInvitation } from "@/lib/invitations/invite-member";
import { changeMemberGrant, removeMember } from "@/lib/members/change-members";
import { listMembersAndInvitations } from "@/lib/members/list-members";
import { authorizeAccount, loadAccountAccess } from "@/lib/permissions/account-access";
import { accessFor, addMember, createAccountWithOwner, createNamedProfile, currentUser } from "../factories/accounts";
import { testClient } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";
import { failureCode } from "../support/errors";
import { lastInvitationToken } from "../support/mail";

type Tenant = Awaited<ReturnType<typeof createTenant>>;

async function createTenant() {
  const { account, owner } = await createAccountWithOwner();
  const member = await addMember(account.id, { builtInProfile: "BILLING" });
  const profile = await createNamedProfile(account.id, ["support.view"]);
  const ownerAccess = await accessFor(owner, account.id);
  const invitee = uniqueEmail("invitee");
  const { invitationId } = await inviteMember(ownerAccess, { email: invitee, grant: { type: "built-in", profile: "TECHNICIAN" } }, testClient());
  return { account, owner, member, profile, ownerAccess, invitationId, invitee };
}

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant();
  b = await createTenant();
});

/** Everything a mutation could write, across both tenants. */
async function snapshot() {
  const [memberships, invitations, activity, profiles, emails, users] = await Promise.all([
    db.membership.findMany({ orderBy: { id: "asc" } }),
    db.invitation.findMany({ orderBy: { id: "asc" } }),
    db.activityEvent.count(),
    db.accountProfile.findMany({ orderBy: { id: "asc" } }),
    db.emailMessage.count(),
    db.user.count(),
  ]);
  return { memberships, invitations, activity, profiles, emails, users };
}

async function expectNotFoundAndNothingWritten(attempt: () => Promise<unknown>) {
  const before = await snapshot();
  expect(await failureCode(attempt())).toBe("notFound");
  expect(await snapshot()).toEqual(before);
}

describe("mutations with another account's ids, by an owner of this one", () => {
  const client = testClient();

  it("changing B's member is not found", async () => {
    await expectNotFoundAndNothingWritten(() => changeMemberGrant(a.ownerAccess, { membershipId: b.member.membership.id, grant: { type: "built-in", profile: "TECHNICIAN" } }, client));
  });

  it("removing B's member (or B's owner) is not found", async () => {
    await expectNotFoundAndNothingWritten(() => removeMember(a.ownerAccess, b.member.membership.id, client));
    const bOwnerMembership = await db.membership.findFirstOrThrow({ where: { accountId: b.account.id, userId: b.owner.id } });
    await expectNotFoundAndNothingWritten(() => removeMember(a.ownerAccess, bOwnerMembership.id, client));
  });

  it("re-inviting or revoking B's invitation is not found", async () => {
    await expectNotFoundAndNothingWritten(() => reinvite(a.ownerAccess, b.invitationId, client));
    await expectNotFoundAndNothingWritten(() => revokeInvitation(a.ownerAccess, b.invitationId, client));
    expect((await db.invitation.findUniqueOrThrow({ where: { id: b.invitationId } })).status).toBe("PENDING");
  });

  it("granting B's named profile, to an invitee or to A's member, is not found", async () => {
    const grant = { type: "named", profileId: b.profile.id } as const;
    await expectNotFoundAndNothingWritten(() => inviteMember(a.ownerAccess, { email: uniqueEmail("x"), grant }, client));
    await expectNotFoundAndNothingWritten(() => changeMemberGrant(a.ownerAccess, { membershipId: a.member.membership.id, grant }, client));
  });

  it("ids that exist nowhere answer the same", async () => {
    const missing = "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d";
    await expectNotFoundAndNothingWritten(() => changeMemberGrant(a.ownerAccess, { membershipId: missing, grant: { type: "custom", permissions: [] } }, client));
    await expectNotFoundAndNothingWritten(() => removeMember(a.ownerAccess, missing, client));
    await expectNotFoundAndNothingWritten(() => revokeInvitation(a.ownerAccess, missing, client));
    await expectNotFoundAndNothingWritten(() => reinvite(a.ownerAccess, missing, client));
    await expectNotFoundAndNothingWritten(() => inviteMember(a.ownerAccess, { email: uniqueEmail("x"), grant: { type: "named", profileId: missing } }, client));
  });

  it("inviting B's member's address into A is an ordinary invitation: it says nothing about B", async () => {
    const { invitationId } = await inviteMember(a.ownerAccess, { email: b.member.user.email, grant: { type: "built-in", profile: "BILLING" } }, client);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).accountId).toBe(a.account.id);
  });
});

describe("opening another account", () => {
  it("is not found for A's owner and A's member, the same as an account that does not exist", async () => {
    for (const user of [a.owner, a.member.user]) {
      expect(await failureCode(authorizeAccount(currentUser(user), b.account.id, "account.view"))).toBe("notFound");
      expect(await loadAccountAccess(currentUser(user), b.account.id)).toBeNull();
    }
    expect(await failureCode(authorizeAccount(currentUser(a.owner), "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d", "account.view"))).toBe("notFound");
    // and B's owner does get in, so the refusal above is about membership
    expect(await failureCode(authorizeAccount(currentUser(b.owner), b.account.id, "account.view"))).toBe("did not fail");
  });

  it.each(["", "not-a-uuid", "../accounts", "0190f0c2-7d2e-7a3b-8c4d", "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d' OR '1'='1", "x".repeat(64)])("with a malformed id (%s) is not found", async (id) => {
    expect(await failureCode(authorizeAccount(currentUser(a.owner), id, "account.view"))).toBe("notFound");
  });

  it("a closed account is not found even for its owner, is not listed, and its invitations are dead", async () => {
    const closed = await createTenant();
    const token = await lastInvitationToken(closed.invitee);
    await db.clientAccount.update({ where: { id: closed.account.id }, data: { status: "CLOSED", closedAt: new Date() } });

    for (const user of [closed.owner, closed.member.user]) {
      expect(await failureCode(authorizeAccount(currentUser(user), closed.account.id, "account.view"))).toBe("notFound");
    }
    expect((await listUserAccounts(closed.owner.id)).map((entry) => entry.id)).not.toContain(closed.account.id);
    expect(await inspectInvitation(token)).toEqual({ state: "unknown" });
    const invitee = await createUser({ email: closed.invitee });
    expect(await failureCode(acceptInvitation(token, invitee, testClient()))).toBe("invitationInvalid");
    expect(await db.membership.count({ where: { userId: invitee.id } })).toBe(0);
  });
});

describe("reading", () => {
  it("lists only the account's own members, invitations, profiles and activity", async () => {
    const listed = await listMembersAndInvitations(a.ownerAccess.account);
    expect(listed.members.map((m) => m.userId).sort()).toEqual([a.owner.id, a.member.user.id].sort());
    expect(listed.invitations.map((i) => i.id)).not.toContain(b.invitationId);
    expect(listed.profiles.map((p) => p.id)).toEqual([a.profile.id]);

    const { events } = await listActivity(a.account.id, { memberId: b.owner.id });
    expect(events).toEqual([]);
    const aEvents = (await listActivity(a.account.id, {})).events.map((e) => e.id);
    const aRows = await db.activityEvent.findMany({ where: { accountId: a.account.id }, select: { id: true } });
    expect(aEvents.length).toBeGreaterThan(0);
    expect(aEvents.sort()).toEqual(aRows.map((e) => e.id).sort()); // A's and only A's
  });
});
