import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  LAST_SEEN_RESOLUTION_MS,
  SECOND_FACTOR_WINDOW_MS,
  SESSION_IDLE_MS,
  completeSecondFactor,
  endSession,
  endSessionsExcept,
  isKnownDevice,
  listActiveSessions,
  loadSession,
} from "@/lib/auth/sessions";
import { endOtherSessions, endOwnSession } from "@/lib/users/end-sessions";
import { SAFARI_IPHONE, createTestSession, sessionRow, testClient } from "../factories/sessions";
import { createUser } from "../factories/users";
import { failureCode } from "../support/errors";

const MINUTE = 60_000;

function ago(ms: number) {
  return new Date(Date.now() - ms);
}

describe("loadSession", () => {
  it("returns the session and its user", async () => {
    const user = await createUser({ name: "Ida Berg" });
    const id = await createTestSession(user.id);
    expect(await loadSession(id)).toEqual({
      id,
      awaitingSecondFactor: false,
      user: { id: user.id, email: user.email, name: "Ida Berg", locale: "en", timeZone: "UTC", twoFactorEnabled: false },
    });
  });

  it("returns null for an unknown, ended or expired session, or an unverified user", async () => {
    const user = await createUser();
    const ended = await createTestSession(user.id);
    await endSession(db, { userId: user.id, sessionId: ended, reason: "SIGNED_OUT" });
    const expired = await createTestSession(user.id);
    await db.session.update({ where: { id: expired }, data: { expiresAt: ago(1000) } });
    const unverified = await createTestSession((await createUser({ verified: false })).id);

    expect(await loadSession("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")).toBeNull();
    expect(await loadSession(ended)).toBeNull();
    expect(await loadSession(expired)).toBeNull();
    expect(await loadSession(unverified)).toBeNull();
  });

  it("does not write last-seen when it is less than a minute old", async () => {
    const id = await createTestSession((await createUser()).id);
    const lastSeenAt = ago(LAST_SEEN_RESOLUTION_MS / 2);
    const expiresAt = new Date(Date.now() + MINUTE * 5);
    await db.session.update({ where: { id }, data: { lastSeenAt, expiresAt } });

    await loadSession(id);
    expect(await sessionRow(id)).toMatchObject({ lastSeenAt, expiresAt });
  });

  it("moves last-seen and the idle expiry forward when last-seen is older than a minute", async () => {
    const id = await createTestSession((await createUser()).id);
    await db.session.update({ where: { id }, data: { lastSeenAt: ago(2 * MINUTE), expiresAt: new Date(Date.now() + MINUTE) } });

    const before = Date.now();
    await loadSession(id);
    const row = await sessionRow(id);
    expect(row.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SESSION_IDLE_MS);
  });
});

describe("a session awaiting the second factor", () => {
  it("loads as awaiting, expires after ten minutes and is not touched", async () => {
    const user = await createUser();
    const id = await createTestSession(user.id, { awaitingSecondFactor: true });
    const row = await sessionRow(id);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(SECOND_FACTOR_WINDOW_MS - 1000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThan(SECOND_FACTOR_WINDOW_MS + 1000);

    const lastSeenAt = ago(5 * MINUTE);
    await db.session.update({ where: { id }, data: { lastSeenAt } });
    expect((await loadSession(id))?.awaitingSecondFactor).toBe(true);
    expect((await sessionRow(id)).lastSeenAt).toEqual(lastSeenAt);
  });

  it("is completed once, and not after it expired", async () => {
    const user = await createUser();
    const id = await createTestSession(user.id, { awaitingSecondFactor: true });
    expect(await completeSecondFactor(db, id)).toBe(true);
    expect(await completeSecondFactor(db, id)).toBe(false);
    const row = await sessionRow(id);
    expect(row.awaitingSecondFactor).toBe(false);
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_IDLE_MS - MINUTE);

    const late = await createTestSession(user.id, { awaitingSecondFactor: true });
    await db.session.update({ where: { id: late }, data: { expiresAt: ago(1000) } });
    expect(await completeSecondFactor(db, late)).toBe(false);
    expect((await sessionRow(late)).awaitingSecondFactor).toBe(true);
  });
});

describe("ending sessions", () => {
  it("ends only the user's own session, once, with the reason", async () => {
    const owner = await createUser();
    const other = await createUser();
    const id = await createTestSession(owner.id);

    expect(await endSession(db, { userId: other.id, sessionId: id, reason: "SIGNED_OUT" })).toBe(false);
    expect(await loadSession(id)).not.toBeNull();
    expect(await endSession(db, { userId: owner.id, sessionId: id, reason: "SIGNED_OUT" })).toBe(true);
    expect(await endSession(db, { userId: owner.id, sessionId: id, reason: "SIGNED_OUT" })).toBe(false);
    expect(await sessionRow(id)).toMatchObject({ endReason: "SIGNED_OUT", endedAt: expect.any(Date) });
  });

  it("ends all other sessions of the user and leaves other users alone", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const [current, second, third] = [await createTestSession(user.id), await createTestSession(user.id), await createTestSession(user.id)];
    const strangers = await createTestSession(stranger.id);

    expect(await endSessionsExcept(db, { userId: user.id, keepSessionId: current, reason: "PASSWORD_CHANGED" })).toBe(2);
    expect(await loadSession(current)).not.toBeNull();
    expect(await loadSession(second)).toBeNull();
    expect((await sessionRow(third)).endReason).toBe("PASSWORD_CHANGED");
    expect(await loadSession(strangers)).not.toBeNull();

    expect(await endSessionsExcept(db, { userId: user.id, keepSessionId: null, reason: "PASSWORD_RESET" })).toBe(1);
    expect(await loadSession(current)).toBeNull();
  });

  it("from the security page: another user's session is not found, and each action is recorded", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const current = await createTestSession(user.id);
    const [phone, laptop] = [await createTestSession(user.id), await createTestSession(user.id)];
    const strangers = await createTestSession(stranger.id);
    const me = { id: user.id, sessionId: current };

    expect(await failureCode(endOwnSession(me, strangers, testClient()))).toBe("sessionNotFound");
    expect(await loadSession(strangers)).not.toBeNull();

    await endOwnSession(me, phone, testClient());
    expect(await sessionRow(phone)).toMatchObject({ endReason: "ENDED_BY_USER" });
    expect(await failureCode(endOwnSession(me, phone, testClient()))).toBe("sessionNotFound");

    expect(await endOtherSessions(me, testClient())).toBe(1);
    expect(await loadSession(laptop)).toBeNull();
    expect(await loadSession(current)).not.toBeNull();

    const kinds = (await db.securityEvent.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(["SESSION_ENDED", "OTHER_SESSIONS_ENDED"]);
  });
});

describe("listActiveSessions", () => {
  it("lists the sessions that open the app, newest first", async () => {
    const user = await createUser();
    const older = await createTestSession(user.id);
    const newer = await createTestSession(user.id, { client: testClient({ userAgent: SAFARI_IPHONE, device: "Safari 17 · iOS" }) });
    await db.session.update({ where: { id: older }, data: { createdAt: ago(MINUTE) } });
    const ended = await createTestSession(user.id);
    await endSession(db, { userId: user.id, sessionId: ended, reason: "SIGNED_OUT" });
    const expired = await createTestSession(user.id);
    await db.session.update({ where: { id: expired }, data: { expiresAt: ago(1000) } });
    await createTestSession(user.id, { awaitingSecondFactor: true });
    await createTestSession((await createUser()).id);

    const listed = await listActiveSessions(user.id);
    expect(listed.map((s) => s.id)).toEqual([newer, older]);
    expect(listed[0]).toMatchObject({ device: "Safari 17 · iOS", ip: expect.any(String) });
  });
});

describe("isKnownDevice", () => {
  it("tells a first sign-in, a known browser and a new one apart, ignoring sessions still awaiting a code", async () => {
    const user = await createUser();
    const first = await createTestSession(user.id);
    expect(await isKnownDevice(db, { userId: user.id, userAgent: testClient().userAgent, exceptSessionId: first })).toEqual({ known: false, firstSignIn: true });

    const pending = await createTestSession(user.id, { awaitingSecondFactor: true, client: testClient({ userAgent: SAFARI_IPHONE }) });
    const second = await createTestSession(user.id);
    expect(await isKnownDevice(db, { userId: user.id, userAgent: testClient().userAgent, exceptSessionId: second })).toEqual({ known: true, firstSignIn: false });
    expect(await isKnownDevice(db, { userId: user.id, userAgent: SAFARI_IPHONE, exceptSessionId: pending })).toEqual({ known: false, firstSignIn: false });
  });
});
