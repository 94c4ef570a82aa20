/**
 * Concurrent seats: admission is decided in PostgreSQL under a lock on the account row, so
 * the limit holds when many members arrive at once.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadAccountAccess } from "@/lib/permissions/account-access";
import { freeSeat, seatHolders, seekerOf, setSeatLimit, takeSeat } from "@/lib/seats/seats";
import { addMember, createAccountWithOwner, currentUser } from "../factories/accounts";
import { createTestSession, testClient } from "../factories/sessions";
import { failureCode } from "../support/errors";

const sessionFor = (userId: string) => createTestSession(userId);

async function accountWithMembers(limit: number | null, members: number) {
  const { account, owner } = await createAccountWithOwner();
  await setSeatLimit(account.id, limit);
  const people = [];
  for (let i = 0; i < members; i++) {
    const { user } = await addMember(account.id, { builtInProfile: "TECHNICIAN" }, { name: `Member ${i}` });
    people.push({ user, sessionId: await sessionFor(user.id) });
  }
  return { account, owner, people };
}

/** A member asking for a seat with the access a request would load (the seat state comes with it). */
async function seek(accountId: string, person: { user: Parameters<typeof currentUser>[0]; sessionId: string }) {
  const access = await loadAccountAccess(currentUser(person.user, person.sessionId), accountId);
  if (!access) throw new Error("not a member");
  return takeSeat(seekerOf(access));
}

describe("seats", () => {
  it("lets in exactly `limit` members when many arrive at once", async () => {
    const { account, people } = await accountWithMembers(3, 12);
    const results = await Promise.all(people.map((person) => seek(account.id, person)));
    expect(results.filter((r) => r.admitted)).toHaveLength(3);
    expect(await seatHolders(db, account.id)).toHaveLength(3);
    const refused = results.find((r) => !r.admitted);
    expect(refused && !refused.admitted && refused.holders.map((h) => h.name).sort()).toHaveLength(3);
  });

  it("counts one user in several sessions as one seat", async () => {
    const { account, people } = await accountWithMembers(1, 2);
    const [first, second] = people as [(typeof people)[number], (typeof people)[number]];
    expect((await seek(account.id, first)).admitted).toBe(true);
    const secondBrowser = { user: first.user, sessionId: await sessionFor(first.user.id) };
    expect((await seek(account.id, secondBrowser)).admitted).toBe(true);
    expect(await seatHolders(db, account.id)).toHaveLength(1);
    expect((await seek(account.id, second)).admitted).toBe(false);
  });

  it("frees a seat after 15 idle minutes, and at once when the session ends", async () => {
    const { account, people } = await accountWithMembers(1, 3);
    const [a, b, c] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
    expect((await seek(account.id, a)).admitted).toBe(true);
    expect((await seek(account.id, b)).admitted).toBe(false);

    await db.seatPresence.updateMany({ where: { accountId: account.id, userId: a.user.id }, data: { lastSeenAt: new Date(Date.now() - 16 * 60_000) } });
    expect((await seek(account.id, b)).admitted).toBe(true);

    await db.session.update({ where: { id: b.sessionId }, data: { endedAt: new Date(), endReason: "SIGNED_OUT" } });
    expect((await seek(account.id, c)).admitted).toBe(true);
  });

  it("always admits the owner, who does not take a seat", async () => {
    const { account, owner, people } = await accountWithMembers(1, 1);
    expect((await seek(account.id, people[0]!)).admitted).toBe(true);
    const ownerSeeker = { user: owner, sessionId: await sessionFor(owner.id) };
    expect((await seek(account.id, ownerSeeker)).admitted).toBe(true);
    expect((await seatHolders(db, account.id)).map((h) => h.userId)).toEqual([people[0]!.user.id]);
  });

  it("a zero limit keeps every member out but the owner; no limit keeps nobody out", async () => {
    const zero = await accountWithMembers(0, 1);
    expect((await seek(zero.account.id, zero.people[0]!)).admitted).toBe(false);
    const open = await accountWithMembers(null, 5);
    for (const person of open.people) expect((await seek(open.account.id, person)).admitted).toBe(true);
  });

  it("frees a held seat for the next member and records it; freeing nothing or another account's member is refused", async () => {
    const { account, owner, people } = await accountWithMembers(1, 2);
    const [holder, waiting] = people as [(typeof people)[number], (typeof people)[number]];
    await seek(account.id, holder);
    expect((await seek(account.id, waiting)).admitted).toBe(false);

    const actor = { accountId: account.id, userId: owner.id, ownerId: owner.id };
    await freeSeat(actor, holder.user.id, testClient());
    expect((await seek(account.id, waiting)).admitted).toBe(true);
    expect((await seek(account.id, holder)).admitted).toBe(false);
    expect(await db.activityEvent.count({ where: { accountId: account.id, kind: "seat.freed", subjectId: holder.user.id } })).toBe(1);

    expect(await failureCode(freeSeat(actor, holder.user.id, testClient()))).toBe("seatNotHeld");
    const other = await accountWithMembers(1, 1);
    await seek(other.account.id, other.people[0]!);
    expect(await failureCode(freeSeat(actor, other.people[0]!.user.id, testClient()))).toBe("notFound");
    expect(await seatHolders(db, other.account.id)).toHaveLength(1);
  });

  it("refuses a seat limit that is not a whole number", async () => {
    const { account } = await createAccountWithOwner();
    await expect(setSeatLimit(account.id, -1)).rejects.toThrow(RangeError);
    await expect(setSeatLimit(account.id, 1.5)).rejects.toThrow(RangeError);
  });
});
