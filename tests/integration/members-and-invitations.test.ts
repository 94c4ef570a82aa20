import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inviteMemberAction, changeMemberAction, removeMemberAction } from "@/app/(app)/accounts/[accountId]/users/actions";
import { createAccount } from "@/lib/accounts/create-account";
import { acceptOwnershipTransfer, startOwnershipTransfer } from "@/lib/accounts/ownership-transfer";
import { updateAccountDetails } from "@/lib/accounts/update-account";
import { ACTIVITY_PAGE_SIZE, listActivity } from "@/lib/audit/list-activity";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { hashSecretToken } from "@/lib/auth/tokens";
import { acceptInvitation, inspectInvitation, signUpFromInvitation } from "@/lib/invitations/accept-invitation";
import { INVITATION_TTL_MS, inviteMember, reinvite, revokeInvitation } from "@/lib/invitations/invite-member";
import { changeMemberGrant, leaveAccount, removeMember } from "@/lib/members/change-members";
import { listMembersAndInvitations } from "@/lib/members/list-members";
import { updateProfile } from "@/lib/profiles/manage-profiles";
import { authorizeAccount, loadAccountAccess } from "@/lib/permissions/account-access";
import { BUILT_IN_PROFILES } from "@/lib/permissions/built-in-profiles";
import { withImplied } from "@/lib/permissions/catalog";
import type { Grant } from "@/lib/permissions/grants";
import { accessFor, accountDetails, addMember, createAccountWithOwner, createNamedProfile, currentUser } from "../factories/accounts";
import { testClient } from "../factories/sessions";
import { FACTORY_PASSWORD, createUser, uniqueEmail } from "../factories/users";
import { failureCode } from "../support/errors";
import { completeVerification } from "@/lib/users/verify-email";
import { lastInvitationToken, lastVerificationToken, templatesSentTo } from "../support/mail";

const client = testClient();
const TECHNICIAN: Grant = { type: "built-in", profile: "TECHNICIAN" };
const sorted = (keys: Iterable<string>) => [...keys].sort();

async function ownedAccount() {
  const { account, owner } = await createAccountWithOwner();
  return { account, owner, ownerAccess: await accessFor(owner, account.id) };
}

async function activityKinds(accountId: string): Promise<string[]> {
  return (await db.activityEvent.findMany({ where: { accountId }, orderBy: { id: "asc" } })).map((e) => e.kind);
}

/** The activity events a piece of work added to the account, oldest first. */
async function newActivity(accountId: string, work: () => Promise<unknown>): Promise<string[]> {
  const before = await db.activityEvent.findMany({ where: { accountId }, select: { id: true } });
  await work();
  const after = await db.activityEvent.findMany({ where: { accountId }, orderBy: { id: "asc" } });
  const seen = new Set(before.map((e) => e.id));
  return after.filter((e) => !seen.has(e.id)).map((e) => e.kind);
}

/** Rows the invitation and member functions write, for "nothing written". */
async function writes(accountId: string) {
  const [memberships, invitations, activity, emails, users] = await Promise.all([
    db.membership.findMany({ where: { accountId }, orderBy: { id: "asc" } }),
    db.invitation.findMany({ where: { accountId }, orderBy: { id: "asc" } }),
    db.activityEvent.count({ where: { accountId } }),
    db.emailMessage.count(),
    db.user.count(),
  ]);
  return { memberships, invitations, activity, emails, users };
}

async function expectRefusedWithNothingWritten(accountId: string, code: string, attempt: () => Promise<unknown>) {
  const before = await writes(accountId);
  expect(await failureCode(attempt())).toBe(code);
  expect(await writes(accountId)).toEqual(before);
}

async function invite(access: Awaited<ReturnType<typeof accessFor>>, grant: Grant = TECHNICIAN, email = uniqueEmail("invitee")) {
  const { invitationId } = await inviteMember(access, { email, grant }, client);
  return { email, invitationId, token: await lastInvitationToken(email) };
}

describe("inviting and accepting", () => {
  it("emails a link whose token is stored only as a hash, and the invited user's accept creates the membership with the grant", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, invitationId, token } = await invite(ownerAccess, { type: "built-in", profile: "BILLING" });

    expect(await templatesSentTo(email)).toEqual(["invitation"]);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row).toMatchObject({ email, status: "PENDING", builtInProfile: "BILLING", tokenHash: hashSecretToken(token) });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(await db.activityEvent.findMany({ where: { accountId: account.id } }))).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(INVITATION_TTL_MS - 60_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(INVITATION_TTL_MS + 60_000);

    const invitee = await createUser({ email });
    expect(await inspectInvitation(token)).toMatchObject({ state: "valid", email, accountName: account.legalName, emailHasUser: true });
    const kinds = await newActivity(account.id, () => acceptInvitation(token, invitee, client));

    expect(kinds).toEqual(["invitation.accepted"]);
    expect(await db.membership.findFirstOrThrow({ where: { accountId: account.id, userId: invitee.id } })).toMatchObject({ builtInProfile: "BILLING", profileId: null });
    const access = await accessFor(invitee, account.id);
    expect(sorted(access.permissions)).toEqual(sorted(BUILT_IN_PROFILES.BILLING));
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ status: "ACCEPTED", acceptedById: invitee.id });
    expect(await inspectInvitation(token)).toEqual({ state: "accepted" });
  });

  it("gives a named profile or a custom set through the invitation", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const profile = await createNamedProfile(account.id, ["domains.manage"]);
    const named = await invite(ownerAccess, { type: "named", profileId: profile.id });
    const custom = await invite(ownerAccess, { type: "custom", permissions: ["invoices.pay"] });

    for (const { email, token } of [named, custom]) await acceptInvitation(token, await createUser({ email }), client);
    const namedUser = await db.user.findUniqueOrThrow({ where: { email: named.email } });
    const customUser = await db.user.findUniqueOrThrow({ where: { email: custom.email } });
    expect(sorted((await accessFor(namedUser, account.id)).permissions)).toEqual(["account.view", "domains.manage", "domains.view"]);
    expect((await accessFor(namedUser, account.id)).profileName).toBe(profile.name);
    expect(sorted((await accessFor(customUser, account.id)).permissions)).toEqual(["account.view", "invoices.pay", "invoices.view"]);
  });

  it("works once", async () => {
    const { ownerAccess } = await ownedAccount();
    const { email, token } = await invite(ownerAccess);
    const invitee = await createUser({ email });
    await acceptInvitation(token, invitee, client);
    expect(await failureCode(acceptInvitation(token, invitee, client))).toBe("invitationInvalid");
  });

  it("refuses a user signed in with another address and writes nothing", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, token } = await invite(ownerAccess);
    const someoneElse = await createUser();
    await expectRefusedWithNothingWritten(account.id, "invitationForAnotherEmail", () => acceptInvitation(token, someoneElse, client));
    // still usable by the right person
    await acceptInvitation(token, await createUser({ email }), client);
  });

  it("refuses a user who became a member meanwhile, and leaves the invitation as it was", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, token } = await invite(ownerAccess);
    const invitee = await createUser({ email });
    await addMember(account.id, { builtInProfile: "BILLING" }, { user: invitee });
    await expectRefusedWithNothingWritten(account.id, "alreadyMember", () => acceptInvitation(token, invitee, client));
  });

  it("refuses an unknown token", async () => {
    const user = await createUser();
    expect(await failureCode(acceptInvitation("not-a-token", user, client))).toBe("invitationInvalid");
    expect(await inspectInvitation("not-a-token")).toEqual({ state: "unknown" });
  });

  it("lets exactly one of two concurrent accepts through", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, token } = await invite(ownerAccess);
    const invitee = await createUser({ email });

    const codes = await Promise.all([failureCode(acceptInvitation(token, invitee, client)), failureCode(acceptInvitation(token, invitee, client))]);
    expect(codes.sort()).toEqual(["did not fail", "invitationInvalid"]);
    expect(await db.membership.count({ where: { accountId: account.id, userId: invitee.id } })).toBe(1);
    expect((await activityKinds(account.id)).filter((k) => k === "invitation.accepted")).toHaveLength(1);
  });

  it("lets exactly one of two concurrent accepts through when two different invitees race for their own links too", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const one = await invite(ownerAccess);
    const two = await invite(ownerAccess);
    const [u1, u2] = [await createUser({ email: one.email }), await createUser({ email: two.email })];
    const codes = await Promise.all([
      failureCode(acceptInvitation(one.token, u1, client)),
      failureCode(acceptInvitation(one.token, u1, client)),
      failureCode(acceptInvitation(two.token, u2, client)),
      failureCode(acceptInvitation(two.token, u2, client)),
    ]);
    expect(codes.sort()).toEqual(["did not fail", "did not fail", "invitationInvalid", "invitationInvalid"]);
    expect(await db.membership.count({ where: { accountId: account.id } })).toBe(3);
  });

  it("is dead after expiry", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, invitationId, token } = await invite(ownerAccess);
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await inspectInvitation(token)).toEqual({ state: "expired" });
    const invitee = await createUser({ email });
    await expectRefusedWithNothingWritten(account.id, "invitationInvalid", () => acceptInvitation(token, invitee, client));
  });

  it("is dead after revoke, which is recorded", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, invitationId, token } = await invite(ownerAccess);
    expect(await newActivity(account.id, () => revokeInvitation(ownerAccess, invitationId, client))).toEqual(["invitation.revoked"]);

    expect(await inspectInvitation(token)).toEqual({ state: "revoked" });
    const invitee = await createUser({ email });
    await expectRefusedWithNothingWritten(account.id, "invitationInvalid", () => acceptInvitation(token, invitee, client));
    // a revoked invitation cannot be revoked or re-sent again
    await expectRefusedWithNothingWritten(account.id, "notFound", () => revokeInvitation(ownerAccess, invitationId, client));
    await expectRefusedWithNothingWritten(account.id, "notFound", () => reinvite(ownerAccess, invitationId, client));
  });

  it("re-inviting an address leaves one pending invitation; the old link stops working", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const first = await invite(ownerAccess);
    const second = await invite(ownerAccess, { type: "built-in", profile: "JUNIOR_TECHNICIAN" }, first.email);
    expect(second.token).not.toBe(first.token);

    const pending = await db.invitation.findMany({ where: { accountId: account.id, email: first.email, status: "PENDING" } });
    expect(pending.map((i) => i.id)).toEqual([second.invitationId]);
    const invitee = await createUser({ email: first.email });
    expect(await failureCode(acceptInvitation(first.token, invitee, client))).toBe("invitationInvalid");
    await acceptInvitation(second.token, invitee, client);
    expect((await accessFor(invitee, account.id)).builtInProfile).toBe("JUNIOR_TECHNICIAN");
  });

  it("re-sending an invitation, even an expired one, gives a fresh link with the same grant", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const first = await invite(ownerAccess, { type: "custom", permissions: ["support.open"] });
    await db.invitation.update({ where: { id: first.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await newActivity(account.id, () => reinvite(ownerAccess, first.invitationId, client))).toEqual(["invitation.sent"]);
    const token = await lastInvitationToken(first.email);
    expect(token).not.toBe(first.token);
    const pending = await db.invitation.findMany({ where: { accountId: account.id, email: first.email, status: "PENDING" } });
    expect(pending).toHaveLength(1);
    expect(pending[0]!.customPermissions).toEqual(["support.open"]);
    expect(pending[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + INVITATION_TTL_MS - 60_000);
    expect(await inspectInvitation(token)).toMatchObject({ state: "valid" });
  });

  it("two concurrent invitations of one address leave one pending", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const email = uniqueEmail("twice");
    await Promise.all([inviteMember(ownerAccess, { email, grant: TECHNICIAN }, client), inviteMember(ownerAccess, { email, grant: TECHNICIAN }, client)]);
    expect(await db.invitation.count({ where: { accountId: account.id, email, status: "PENDING" } })).toBe(1);
  });

  it("refuses to invite someone who is already a member, the owner included, and writes nothing", async () => {
    const { account, owner, ownerAccess } = await ownedAccount();
    const { user } = await addMember(account.id, { builtInProfile: "BILLING" });
    await expectRefusedWithNothingWritten(account.id, "alreadyMember", () => inviteMember(ownerAccess, { email: user.email, grant: TECHNICIAN }, client));
    await expectRefusedWithNothingWritten(account.id, "alreadyMember", () => inviteMember(ownerAccess, { email: owner.email, grant: TECHNICIAN }, client));
  });
});

describe("signing up from an invitation (issue 12, item 1b)", () => {
  const SIGN_UP_PASSWORD = "another-horse-battery-9";

  /** Follows the newest verification link sent to the address and sets a password there. */
  async function verifyFromMailbox(email: string, password = "mailbox-holder-pick-3") {
    return completeVerification({ token: await lastVerificationToken(email), password, client });
  }

  it("creates an unverified user tied to the still pending invitation, grants nothing, and sends a verification link", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, token } = await invite(ownerAccess, { type: "built-in", profile: "BILLING" });
    expect(await inspectInvitation(token)).toMatchObject({ state: "valid", emailHasUser: false });

    const kinds = await newActivity(account.id, () => signUpFromInvitation({ token, name: "Nueva Persona", password: SIGN_UP_PASSWORD, locale: "es" }));

    expect(kinds).toEqual([]);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Nueva Persona", locale: "es", emailVerifiedAt: null });
    expect(await db.membership.findFirst({ where: { accountId: account.id, userId: user.id } })).toBeNull();
    expect(await db.invitation.findFirstOrThrow({ where: { accountId: account.id, email } })).toMatchObject({ status: "PENDING", signUpUserId: user.id });
    expect(await inspectInvitation(token)).toMatchObject({ state: "valid", emailHasUser: true, awaitingVerification: true });
    expect(await templatesSentTo(email)).toEqual(["invitation", "verify-email"]);
    // The password typed on the invitation page opens nothing yet.
    expect(await failureCode(signInWithPassword({ email, password: SIGN_UP_PASSWORD, client: testClient() }))).toBe("emailNotVerified");
  });

  it("accepts the invitation when the verification link sent to the address is followed", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, token } = await invite(ownerAccess, { type: "built-in", profile: "BILLING" });
    await signUpFromInvitation({ token, name: "Nueva Persona", password: SIGN_UP_PASSWORD, locale: "es" });

    let joinedAccountId: string | null = null;
    const kinds = await newActivity(account.id, async () => ({ joinedAccountId } = await verifyFromMailbox(email)));

    expect(joinedAccountId).toBe(account.id);
    expect(kinds).toEqual(["invitation.accepted"]);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect((await accessFor(user, account.id)).builtInProfile).toBe("BILLING");
    expect(await inspectInvitation(token)).toMatchObject({ state: "accepted" });
    await signInWithPassword({ email, password: "mailbox-holder-pick-3", client: testClient() });
  });

  it("gives nothing to someone who signs up from a link meant for another mailbox: the mailbox holder joins, with their own password", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, token } = await invite(ownerAccess, { type: "built-in", profile: "SUPER_ADMINISTRATOR" });

    // Someone who saw the link signs up from it with a password they know.
    await signUpFromInvitation({ token, name: "Not The Invitee", password: "intruder-knows-this-4", locale: "en" });
    expect(await failureCode(signInWithPassword({ email, password: "intruder-knows-this-4", client: testClient() }))).toBe("emailNotVerified");
    expect(await db.membership.count({ where: { accountId: account.id, user: { email } } })).toBe(0);

    // The invitee follows the link in their mailbox and chooses their own password.
    await verifyFromMailbox(email, "invitee-picked-this-5");
    expect(await failureCode(signInWithPassword({ email, password: "intruder-knows-this-4", client: testClient() }))).toBe("invalidCredentials");
    await signInWithPassword({ email, password: "invitee-picked-this-5", client: testClient() });
  });

  it("verifies the address without a membership when the invitation was revoked meanwhile", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, invitationId, token } = await invite(ownerAccess);
    await signUpFromInvitation({ token, name: "Late Joiner", password: SIGN_UP_PASSWORD, locale: "en" });
    await revokeInvitation(ownerAccess, invitationId, client);

    const { user, joinedAccountId } = await verifyFromMailbox(email);

    expect(joinedAccountId).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    expect(await db.membership.count({ where: { accountId: account.id, userId: user.id } })).toBe(0);
  });

  it("refuses a second sign-up from the link", async () => {
    const { ownerAccess } = await ownedAccount();
    const { token } = await invite(ownerAccess);
    await signUpFromInvitation({ token, name: "First", password: SIGN_UP_PASSWORD, locale: "en" });
    expect(await failureCode(signUpFromInvitation({ token, name: "Again", password: SIGN_UP_PASSWORD, locale: "en" }))).toBe("emailTaken");
  });

  it("refuses an address that already has a user, writing nothing", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, token } = await invite(ownerAccess);
    await createUser({ email });
    await expectRefusedWithNothingWritten(account.id, "emailTaken", () => signUpFromInvitation({ token, name: "Intruder", password: FACTORY_PASSWORD, locale: "en" }));
    expect(await inspectInvitation(token)).toMatchObject({ state: "valid" });
  });

  it("refuses a dead link without creating a user", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { email, invitationId, token } = await invite(ownerAccess);
    await revokeInvitation(ownerAccess, invitationId, client);
    await expectRefusedWithNothingWritten(account.id, "invitationInvalid", () => signUpFromInvitation({ token, name: "Late", password: FACTORY_PASSWORD, locale: "en" }));
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});

describe("escalation (rule 3)", () => {
  async function managerWithTechnicianKeys(accountId: string) {
    const { user, membership } = await addMember(accountId, { customPermissions: [...BUILT_IN_PROFILES.TECHNICIAN, "users.manage"] });
    return { user, membership, access: await accessFor(user, accountId) };
  }

  it("a technician who manages users cannot grant billing keys, by profile, custom set or named profile", async () => {
    const { account } = await ownedAccount();
    const manager = await managerWithTechnicianKeys(account.id);
    const billingProfile = await createNamedProfile(account.id, ["invoices.view"]);
    for (const grant of [
      { type: "built-in", profile: "BILLING" },
      { type: "built-in", profile: "SUPER_ADMINISTRATOR" },
      { type: "custom", permissions: ["services.view", "invoices.view"] },
      { type: "custom", permissions: ["billing.manage"] }, // implies invoices.view
      { type: "named", profileId: billingProfile.id },
    ] satisfies Grant[]) {
      await expectRefusedWithNothingWritten(account.id, "cannotGrantMore", () => inviteMember(manager.access, { email: uniqueEmail(), grant }, client));
    }
    // what the manager holds can be given
    await inviteMember(manager.access, { email: uniqueEmail(), grant: { type: "built-in", profile: "JUNIOR_TECHNICIAN" } }, client);
    await inviteMember(manager.access, { email: uniqueEmail(), grant: { type: "custom", permissions: ["users.manage", "services.order"] } }, client);
  });

  it("nor give a member more than the manager holds", async () => {
    const { account } = await ownedAccount();
    const manager = await managerWithTechnicianKeys(account.id);
    const junior = await addMember(account.id, { builtInProfile: "JUNIOR_TECHNICIAN" });
    await expectRefusedWithNothingWritten(account.id, "cannotGrantMore", () =>
      changeMemberGrant(manager.access, { membershipId: junior.membership.id, grant: { type: "built-in", profile: "BILLING" } }, client),
    );
    await expectRefusedWithNothingWritten(account.id, "cannotGrantMore", () =>
      changeMemberGrant(manager.access, { membershipId: manager.membership.id, grant: { type: "built-in", profile: "SUPER_ADMINISTRATOR" } }, client),
    );
    await changeMemberGrant(manager.access, { membershipId: junior.membership.id, grant: TECHNICIAN }, client);
  });

  it("an Administrator is forbidden the user actions (no users.manage)", async () => {
    const { account } = await ownedAccount();
    const { user } = await addMember(account.id, { builtInProfile: "ADMINISTRATOR" });
    for (const action of [inviteMemberAction, changeMemberAction, removeMemberAction]) {
      expect(action.requirement).toBe("users.manage");
      expect(await failureCode(authorizeAccount(currentUser(user), account.id, action.requirement))).toBe("forbidden");
    }
  });

  it("nobody changes or removes the owner's membership, not a Super administrator and not the owner", async () => {
    const { account, owner, ownerAccess } = await ownedAccount();
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { accountId: account.id, userId: owner.id } });
    const { user } = await addMember(account.id, { builtInProfile: "SUPER_ADMINISTRATOR" });
    for (const access of [await accessFor(user, account.id), ownerAccess]) {
      await expectRefusedWithNothingWritten(account.id, "ownerMembershipUntouchable", () =>
        changeMemberGrant(access, { membershipId: ownerMembership.id, grant: { type: "custom", permissions: [] } }, client),
      );
      await expectRefusedWithNothingWritten(account.id, "ownerMembershipUntouchable", () => removeMember(access, ownerMembership.id, client));
    }
  });

  it("a manager cannot change or remove a member who holds keys the manager lacks", async () => {
    const { account } = await ownedAccount();
    const manager = await managerWithTechnicianKeys(account.id);
    const billing = await addMember(account.id, { builtInProfile: "BILLING" });
    const named = await addMember(account.id, { profileId: (await createNamedProfile(account.id, ["audit.view"])).id });
    for (const target of [billing, named]) {
      await expectRefusedWithNothingWritten(account.id, "memberOutranks", () =>
        changeMemberGrant(manager.access, { membershipId: target.membership.id, grant: { type: "custom", permissions: [] } }, client),
      );
      await expectRefusedWithNothingWritten(account.id, "memberOutranks", () => removeMember(manager.access, target.membership.id, client));
    }
  });

  it("a manager cannot remove themselves through removeMember (leaving has its own road)", async () => {
    const { account } = await ownedAccount();
    const manager = await managerWithTechnicianKeys(account.id);
    await expectRefusedWithNothingWritten(account.id, "forbidden", () => removeMember(manager.access, manager.membership.id, client));
  });
});

describe("an invitation does not outlive its inviter's rights", () => {
  /** A manager who holds the Technician and Billing keys and users.manage, and two invitations they sent. */
  async function managerWithInvitations() {
    const { account, owner, ownerAccess } = await ownedAccount();
    const { user, membership } = await addMember(account.id, { customPermissions: [...BUILT_IN_PROFILES.TECHNICIAN, ...BUILT_IN_PROFILES.BILLING, "users.manage"] });
    const access = await accessFor(user, account.id);
    const billing = await invite(access, { type: "built-in", profile: "BILLING" });
    const technician = await invite(access, TECHNICIAN);
    return { account, owner, ownerAccess, manager: { user, membership, access }, billing, technician };
  }

  const status = async (invitationId: string) => (await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).status;
  const shownNoLongerValid = async (account: { id: string; ownerId: string }) =>
    (await listMembersAndInvitations(account)).invitations.filter((i) => i.noLongerValid).map((i) => i.email);

  it("demoting a member revokes, in the same change, the invitations they could no longer send, and keeps the others", async () => {
    const { account, ownerAccess, manager, billing, technician } = await managerWithInvitations();

    const kinds = await newActivity(account.id, () =>
      changeMemberGrant(ownerAccess, { membershipId: manager.membership.id, grant: { type: "custom", permissions: [...BUILT_IN_PROFILES.TECHNICIAN, "users.manage"] } }, client),
    );
    expect(kinds).toEqual(["member.updated", "invitation.revoked"]);
    expect(await status(billing.invitationId)).toBe("REVOKED");
    expect(await status(technician.invitationId)).toBe("PENDING");
    expect(await failureCode(acceptInvitation(billing.token, await createUser({ email: billing.email }), client))).toBe("invitationInvalid");

    // Without users.manage they could send none at all.
    await changeMemberGrant(ownerAccess, { membershipId: manager.membership.id, grant: TECHNICIAN }, client);
    expect(await status(technician.invitationId)).toBe("REVOKED");
    const invitee = await createUser({ email: technician.email });
    expect(await failureCode(acceptInvitation(technician.token, invitee, client))).toBe("invitationInvalid");
    expect(await loadAccountAccess(currentUser(invitee), account.id)).toBeNull();
  });

  it("removing a member, or the member leaving, revokes every invitation they sent", async () => {
    const removed = await managerWithInvitations();
    expect(await newActivity(removed.account.id, () => removeMember(removed.ownerAccess, removed.manager.membership.id, client))).toEqual([
      "member.removed",
      "invitation.revoked",
      "invitation.revoked",
    ]);
    for (const sent of [removed.billing, removed.technician]) {
      expect(await status(sent.invitationId)).toBe("REVOKED");
      expect(await failureCode(acceptInvitation(sent.token, await createUser({ email: sent.email }), client))).toBe("invitationInvalid");
    }

    const left = await managerWithInvitations();
    await leaveAccount(left.manager.access, client);
    expect([await status(left.billing.invitationId), await status(left.technician.invitationId)]).toEqual(["REVOKED", "REVOKED"]);
  });

  it("accepting checks the grant against what the inviter holds at that moment, refuses it with its own message, and the users page says so", async () => {
    const { account, ownerAccess, manager, billing, technician } = await managerWithInvitations();
    const fromOwner = await invite(ownerAccess, { type: "built-in", profile: "SUPER_ADMINISTRATOR" });
    // The manager's rights shrink by a road that does not sweep invitations (a change made outside the app).
    await db.membership.update({ where: { id: manager.membership.id }, data: { customPermissions: [...BUILT_IN_PROFILES.TECHNICIAN, "users.manage"] } });

    expect(await shownNoLongerValid(account)).toEqual([billing.email]);
    const invitee = await createUser({ email: billing.email });
    await expectRefusedWithNothingWritten(account.id, "invitationBeyondInviter", () => acceptInvitation(billing.token, invitee, client));
    expect(await status(billing.invitationId)).toBe("PENDING");

    // Within the inviter's rights, or from the owner (who holds everything), acceptance works.
    await acceptInvitation(technician.token, await createUser({ email: technician.email }), client);
    await acceptInvitation(fromOwner.token, await createUser({ email: fromOwner.email }), client);

    // Sending it again makes it the sender's own, with their rights behind it.
    await reinvite(ownerAccess, billing.invitationId, client);
    await acceptInvitation(await lastInvitationToken(billing.email), invitee, client);
    expect((await accessFor(invitee, account.id)).builtInProfile).toBe("BILLING");
  });

  it("a named profile widened after the invitation cannot give more than its inviter holds", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { user } = await addMember(account.id, { customPermissions: [...BUILT_IN_PROFILES.TECHNICIAN, "users.manage"] });
    const profile = await createNamedProfile(account.id, ["services.view"]);
    const sent = await invite(await accessFor(user, account.id), { type: "named", profileId: profile.id });

    const kinds = await newActivity(account.id, () => updateProfile(ownerAccess, { profileId: profile.id, name: profile.name, permissions: ["services.view", "invoices.view"] }, client));
    expect(kinds).toEqual(["profile.updated", "invitation.revoked"]);
    expect(await status(sent.invitationId)).toBe("REVOKED");
  });

  it("an invitation sent with rights read before a demotion is refused once the demotion has committed", async () => {
    const { account, ownerAccess, manager } = await managerWithInvitations();
    const stale = manager.access; // loaded at the start of the manager's request
    await changeMemberGrant(ownerAccess, { membershipId: manager.membership.id, grant: { type: "custom", permissions: [...BUILT_IN_PROFILES.TECHNICIAN, "users.manage"] } }, client);
    await expectRefusedWithNothingWritten(account.id, "cannotGrantMore", () => inviteMember(stale, { email: uniqueEmail(), grant: { type: "built-in", profile: "BILLING" } }, client));
  });

  it("an ownership offer ends when the member it names is removed or leaves, and does not come back with them", async () => {
    for (const end of ["removed", "left"] as const) {
      const { account, ownerAccess } = await ownedAccount();
      const { user, membership } = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
      await startOwnershipTransfer(ownerAccess, { membershipId: membership.id, password: FACTORY_PASSWORD }, client);

      const kinds = await newActivity(account.id, () => (end === "removed" ? removeMember(ownerAccess, membership.id, client) : accessFor(user, account.id).then((access) => leaveAccount(access, client))));
      expect(kinds.at(-1), end).toBe("ownership.transfer_cancelled");
      expect(await db.ownershipTransfer.findFirstOrThrow({ where: { accountId: account.id } }), end).toMatchObject({ status: "CANCELLED" });

      await addMember(account.id, { builtInProfile: "TECHNICIAN" }, { user }); // invited again later
      expect(await failureCode(acceptOwnershipTransfer(await accessFor(user, account.id), client)), end).toBe("transferNotFound");
      expect((await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } })).ownerId, end).toBe(ownerAccess.user.id);
    }
  });

  it("an offer made before the member's current membership is void, even if it is still pending", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { user, membership } = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    await startOwnershipTransfer(ownerAccess, { membershipId: membership.id, password: FACTORY_PASSWORD }, client);
    // Removed outside the app, which leaves the offer pending, then a member again.
    await db.membership.delete({ where: { id: membership.id } });
    await addMember(account.id, { builtInProfile: "TECHNICIAN" }, { user });
    expect(await failureCode(acceptOwnershipTransfer(await accessFor(user, account.id), client))).toBe("transferNotFound");
  });
});

describe("changes take effect on the next request (rule 5)", () => {
  it("a changed grant, an edited named profile and a removal are seen by the next loadAccountAccess", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { user, membership } = await addMember(account.id, { builtInProfile: "BILLING" });
    const member = currentUser(user);
    expect(await failureCode(authorizeAccount(member, account.id, "invoices.view"))).toBe("did not fail");

    expect(await newActivity(account.id, () => changeMemberGrant(ownerAccess, { membershipId: membership.id, grant: TECHNICIAN }, client))).toEqual(["member.updated"]);
    expect(sorted((await loadAccountAccess(member, account.id))!.permissions)).toEqual(sorted(withImplied(BUILT_IN_PROFILES.TECHNICIAN)));
    expect(await failureCode(authorizeAccount(member, account.id, "invoices.view"))).toBe("forbidden");

    const profile = await createNamedProfile(account.id, ["support.view"]);
    await changeMemberGrant(ownerAccess, { membershipId: membership.id, grant: { type: "named", profileId: profile.id } }, client);
    await db.accountProfile.update({ where: { id: profile.id }, data: { permissions: ["audit.view"] } });
    expect(sorted((await loadAccountAccess(member, account.id))!.permissions)).toEqual(["account.view", "audit.view"]);

    expect(await newActivity(account.id, () => removeMember(ownerAccess, membership.id, client))).toEqual(["member.removed"]);
    expect(await loadAccountAccess(member, account.id)).toBeNull();
    expect(await failureCode(authorizeAccount(member, account.id, "account.view"))).toBe("notFound");
  });

  it("a member's custom set replaces the profile (only one column holds the grant)", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { user, membership } = await addMember(account.id, { builtInProfile: "SUPER_ADMINISTRATOR" });
    await changeMemberGrant(ownerAccess, { membershipId: membership.id, grant: { type: "custom", permissions: [] } }, client);
    expect(sorted((await accessFor(user, account.id)).permissions)).toEqual(["account.view"]);
    expect(await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({ builtInProfile: null, profileId: null, customPermissions: [] });
  });
});

describe("leaving", () => {
  it("a member leaves and loses access; the owner cannot leave", async () => {
    const { account, owner, ownerAccess } = await ownedAccount();
    const { user } = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const access = await accessFor(user, account.id);
    expect(await newActivity(account.id, () => leaveAccount(access, client))).toEqual(["member.left"]);
    expect(await loadAccountAccess(currentUser(user), account.id)).toBeNull();

    await expectRefusedWithNothingWritten(account.id, "ownerCannotLeave", () => leaveAccount(ownerAccess, client));
    expect(await loadAccountAccess(currentUser(owner), account.id)).not.toBeNull();
  });
});

describe("the activity log (rule 6)", () => {
  it("records each change as exactly one event, with who, whom and from which IP", async () => {
    const owner = await createUser();
    const ownClient = testClient();
    const { id: accountId } = await createAccount(owner, accountDetails(), ownClient);
    expect(await activityKinds(accountId)).toEqual(["account.created"]);
    const ownerAccess = await accessFor(owner, accountId);

    expect(await newActivity(accountId, () => updateAccountDetails(ownerAccess, accountDetails({ legalName: "Renamed, S.L." }), ownClient))).toEqual(["account.updated"]);
    expect(await newActivity(accountId, () => updateAccountDetails(ownerAccess, accountDetails({ legalName: "Renamed, S.L." }), ownClient))).toEqual([]); // nothing changed
    const { email } = await invite(ownerAccess);
    const invitee = await createUser({ email });
    await acceptInvitation(await lastInvitationToken(email), invitee, client);

    const events = await db.activityEvent.findMany({ where: { accountId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["account.created", "account.updated", "invitation.sent", "invitation.accepted"]);
    expect(events[0]).toMatchObject({ actorId: owner.id, ip: ownClient.ip });
    expect(events.at(-1)).toMatchObject({ actorId: invitee.id, subjectId: invitee.id });
  });

  it("writes the event in the change's transaction: when the event cannot be written, the change is undone", async () => {
    const { account, ownerAccess } = await ownedAccount();
    const { membership } = await addMember(account.id, { builtInProfile: "BILLING" });
    const leaver = await addMember(account.id, { builtInProfile: "BILLING" });
    const pending = await invite(ownerAccess);
    const accepting = await invite(ownerAccess);
    const acceptingUser = await createUser({ email: accepting.email });
    const leaverAccess = await accessFor(leaver.user, account.id);

    // A real database failure on the event insert, for this account only.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_activity() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'activity refused'; END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_activity BEFORE INSERT ON "ActivityEvent" FOR EACH ROW WHEN (NEW."accountId" = '${account.id}'::uuid) EXECUTE FUNCTION refuse_activity()`,
    );
    try {
      const attempts: [string, () => Promise<unknown>][] = [
        ["invite", () => inviteMember(ownerAccess, { email: uniqueEmail(), grant: TECHNICIAN }, client)],
        ["reinvite", () => reinvite(ownerAccess, pending.invitationId, client)],
        ["revoke", () => revokeInvitation(ownerAccess, pending.invitationId, client)],
        ["accept", () => acceptInvitation(accepting.token, acceptingUser, client)],
        ["change", () => changeMemberGrant(ownerAccess, { membershipId: membership.id, grant: TECHNICIAN }, client)],
        ["remove", () => removeMember(ownerAccess, membership.id, client)],
        ["leave", () => leaveAccount(leaverAccess, client)],
        ["update details", () => updateAccountDetails(ownerAccess, accountDetails({ legalName: "Never Saved" }), client)],
      ];
      for (const [label, attempt] of attempts) {
        const before = await writes(account.id);
        const details = await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } });
        expect(await failureCode(attempt()), label).toMatch(/activity refused/);
        expect(await writes(account.id), label).toEqual(before);
        expect(await db.clientAccount.findUniqueOrThrow({ where: { id: account.id } }), label).toEqual(details);
      }
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_activity ON "ActivityEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_activity()`);
    }
  });

  describe("listing", () => {
    async function accountWithEvents(invites: number) {
      const { account, owner, ownerAccess } = await ownedAccount();
      const { user: manager } = await addMember(account.id, { builtInProfile: "SUPER_ADMINISTRATOR" });
      const managerAccess = await accessFor(manager, account.id);
      for (let i = 0; i < invites; i++) {
        // Each from an address of its own: one IP sending this many invitations would reach its limit.
        await inviteMember(i % 3 === 0 ? managerAccess : ownerAccess, { email: uniqueEmail(`bulk${i}`), grant: TECHNICIAN }, testClient());
      }
      return { account, owner, ownerAccess, manager };
    }

    async function walk(accountId: string, filter: { memberId?: string; kind?: string } = {}) {
      const pages: string[][] = [];
      let before: string | undefined;
      for (;;) {
        const page = await listActivity(accountId, { ...filter, before });
        pages.push(page.events.map((e) => e.id));
        if (!page.nextCursor) break;
        expect(page.nextCursor).toBe(page.events.at(-1)!.id);
        before = page.nextCursor;
        expect(pages.length).toBeLessThan(20);
      }
      return pages;
    }

    it("walks every event once, newest first, in pages of 25", async () => {
      const { account } = await accountWithEvents(ACTIVITY_PAGE_SIZE + 5); // + account.created
      const all = await db.activityEvent.findMany({ where: { accountId: account.id }, orderBy: { id: "desc" } });
      expect(all).toHaveLength(ACTIVITY_PAGE_SIZE + 6);

      const pages = await walk(account.id);
      expect(pages.map((p) => p.length)).toEqual([ACTIVITY_PAGE_SIZE, 6]);
      expect(pages.flat()).toEqual(all.map((e) => e.id));
      expect(pages.flat().at(-1)).toBe(all.find((e) => e.kind === "account.created")!.id); // oldest last
      const times = all.map((e) => e.createdAt.getTime());
      expect(times).toEqual([...times].sort((x, y) => y - x));
    });

    it("orders by id, not by time, so events written in the same instant are neither repeated nor skipped", async () => {
      const { account } = await accountWithEvents(ACTIVITY_PAGE_SIZE + 5);
      await db.activityEvent.updateMany({ where: { accountId: account.id }, data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
      const all = await db.activityEvent.findMany({ where: { accountId: account.id }, orderBy: { id: "desc" }, select: { id: true } });
      expect((await walk(account.id)).flat()).toEqual(all.map((e) => e.id));
    });

    it("ends without an empty page when the events fill whole pages, and a new event does not shift the next page", async () => {
      const { account, ownerAccess } = await accountWithEvents(2 * ACTIVITY_PAGE_SIZE - 1);
      const first = await listActivity(account.id, {});
      await inviteMember(ownerAccess, { email: uniqueEmail("late"), grant: TECHNICIAN }, client); // arrives while reading
      const second = await listActivity(account.id, { before: first.nextCursor! });
      expect(second.events).toHaveLength(ACTIVITY_PAGE_SIZE);
      expect(second.nextCursor).toBeNull();
      const seen = [...first.events, ...second.events].map((e) => e.id);
      expect(new Set(seen).size).toBe(2 * ACTIVITY_PAGE_SIZE);
    });

    it("filters by member (actor or subject) and by kind, across pages", async () => {
      const { account, owner, ownerAccess, manager } = await accountWithEvents(ACTIVITY_PAGE_SIZE + 5);
      const { user: subject, membership } = await addMember(account.id, { builtInProfile: "BILLING" });
      await changeMemberGrant(ownerAccess, { membershipId: membership.id, grant: TECHNICIAN }, client);

      const byManager = (await walk(account.id, { memberId: manager.id })).flat();
      const managerRows = await db.activityEvent.findMany({ where: { accountId: account.id, OR: [{ actorId: manager.id }, { subjectId: manager.id }] }, orderBy: { id: "desc" } });
      expect(managerRows.length).toBeGreaterThan(0);
      expect(byManager).toEqual(managerRows.map((e) => e.id));

      const aboutSubject = await listActivity(account.id, { memberId: subject.id });
      expect(aboutSubject.events.map((e) => e.kind)).toEqual(["member.updated"]);
      expect(aboutSubject.events[0]!.actor).toMatchObject({ email: owner.email });

      const sent = (await walk(account.id, { kind: "invitation.sent" })).flat();
      expect(sent).toHaveLength(ACTIVITY_PAGE_SIZE + 5);
      const both = (await walk(account.id, { kind: "member.updated", memberId: owner.id })).flat();
      expect(both).toHaveLength(1);
    });

    it("ignores filter values that are not valid instead of failing", async () => {
      const { account } = await accountWithEvents(3);
      const all = (await listActivity(account.id, {})).events.map((e) => e.id);
      for (const filter of [{ kind: "bogus" }, { memberId: "not-a-uuid" }, { before: "x'; DROP TABLE" }]) {
        expect((await listActivity(account.id, filter)).events.map((e) => e.id)).toEqual(all);
      }
    });
  });
});
