/**
 * An account page reads the session and the member's access to the account in one
 * statement (loadSession with membershipIn); that access must be the one a separate check
 * reads (loadAccountAccess), and carry the seat state the admission skips its query with.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSession } from "@/lib/auth/sessions";
import { loadAccountAccess, toAccountAccess } from "@/lib/permissions/account-access";
import { seatAdmission } from "@/lib/seats/admission";
import { setSeatLimit } from "@/lib/seats/seats";
import { addMember, createAccountWithOwner, createNamedProfile, currentUser } from "../factories/accounts";
import { createTestSession } from "../factories/sessions";
import { createUser } from "../factories/users";

async function sessionAccess(user: Parameters<typeof currentUser>[0], accountId: string) {
  const sessionId = await createTestSession(user.id);
  const session = await loadSession(sessionId, { membershipIn: accountId });
  const row = session?.membership?.row;
  return { sessionId, session, access: row ? toAccountAccess(currentUser(user, sessionId), row) : null };
}

describe("session and access in one statement", () => {
  it("gives the same access as the separate check, for a named profile", async () => {
    const { account } = await createAccountWithOwner();
    const profile = await createNamedProfile(account.id, ["invoices.view", "services.view"], "Bookkeeping");
    const { user } = await addMember(account.id, { profileId: profile.id });
    const { sessionId, session, access } = await sessionAccess(user, account.id);
    expect(session?.user.id).toBe(user.id);
    expect(access).toEqual(await loadAccountAccess(currentUser(user, sessionId), account.id));
    expect(access?.profileName).toBe("Bookkeeping");
    expect(access?.permissions.has("invoices.view")).toBe(true);
    expect(access?.permissions.has("billing.manage")).toBe(false);
  });

  it("gives the session and no access to a stranger, or in a closed account", async () => {
    const { account } = await createAccountWithOwner();
    const stranger = await createUser();
    const strangers = await sessionAccess(stranger, account.id);
    expect(strangers.session?.user.id).toBe(stranger.id);
    expect(strangers.session?.membership).toEqual({ accountId: account.id, row: null });

    const { user } = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    await db.clientAccount.update({ where: { id: account.id }, data: { status: "CLOSED" } });
    expect((await sessionAccess(user, account.id)).access).toBeNull();
  });

  it("says when the seat was seen within the minute, so the next page writes nothing", async () => {
    const { account } = await createAccountWithOwner();
    await setSeatLimit(account.id, 2);
    const { user } = await addMember(account.id, { builtInProfile: "TECHNICIAN" });
    const first = await sessionAccess(user, account.id);
    expect(first.access?.seat).toEqual({ limit: 2, seenRecently: false });
    expect((await seatAdmission(first.access!)).admitted).toBe(true);

    const again = await loadSession(first.sessionId, { membershipIn: account.id });
    expect(again?.membership?.row?.seatSeenRecently).toBe(true);
  });
});
