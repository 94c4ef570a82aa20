import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashRecoveryCode, normalizeRecoveryCode } from "@/lib/auth/recovery-codes";
import { loadSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { completeTwoFactorSignIn } from "@/lib/auth/two-factor-sign-in";
import {
  beginTwoFactorSetup,
  cancelTwoFactorSetup,
  confirmTwoFactorSetup,
  disableTwoFactor,
  regenerateRecoveryCodes,
  twoFactorStatus,
} from "@/lib/users/two-factor-settings";
import { createTestSession, testClient } from "../factories/sessions";
import { codeFor, createUserWithTwoFactor } from "../factories/two-factor";
import { FACTORY_PASSWORD, createUser } from "../factories/users";
import { failureCode } from "../support/errors";
import { emailsTo, templatesSentTo } from "../support/mail";

// Ten steps (five minutes) away: outside the one-step drift window, so certainly refused.
const FAR_STEPS = 10;

/** A session the password step opened, as loadSession hands it to the two-factor step. */
async function pendingSession(userId: string) {
  const session = await loadSession(await createTestSession(userId, { awaitingSecondFactor: true }));
  if (!session?.awaitingSecondFactor) throw new Error("expected a session awaiting the second factor");
  return session;
}

async function isAwaiting(sessionId: string) {
  return (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).awaitingSecondFactor;
}

async function eventKinds(userId: string) {
  return (await db.securityEvent.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((e) => e.kind);
}

/** A user who went through setup in the app: begin, scan, confirm with the current code. */
async function userThroughSetup() {
  const user = await createUser();
  await beginTwoFactorSetup(user.id);
  const status = await twoFactorStatus(user.id);
  if (status.state !== "setting-up") throw new Error(`expected setting-up, got ${status.state}`);
  const confirmedWith = codeFor(status.secret);
  const { recoveryCodes } = await confirmTwoFactorSetup(user, confirmedWith, testClient());
  return { user, secret: status.secret, confirmedWith, recoveryCodes };
}

describe("completeTwoFactorSignIn", () => {
  it("follows the password step: a right code opens the session and records the sign-in", async () => {
    const { user, secret } = await createUserWithTwoFactor();
    const { sessionId } = await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: testClient() });
    const session = await loadSession(sessionId);

    await completeTwoFactorSignIn(session!, codeFor(secret), testClient());
    expect(await loadSession(sessionId)).toMatchObject({ awaitingSecondFactor: false, user: { id: user.id } });
    expect(await eventKinds(user.id)).toEqual(["SIGN_IN"]);
  });

  it("refuses a wrong code, leaves the session waiting and records the failure", async () => {
    const { user, secret } = await createUserWithTwoFactor();
    const session = await pendingSession(user.id);

    expect(await failureCode(completeTwoFactorSignIn(session, codeFor(secret, FAR_STEPS), testClient()))).toBe("invalidTwoFactorCode");
    expect(await failureCode(completeTwoFactorSignIn(session, "not-a-code", testClient()))).toBe("invalidTwoFactorCode");
    expect(await isAwaiting(session.id)).toBe(true);
    expect(await eventKinds(user.id)).toEqual(["TWO_FACTOR_FAILED", "TWO_FACTOR_FAILED"]);
  });

  it("accepts a code once: the same code on another waiting session is a replay and refused", async () => {
    const { user, secret } = await createUserWithTwoFactor();
    const code = codeFor(secret);
    const first = await pendingSession(user.id);
    const second = await pendingSession(user.id);

    await completeTwoFactorSignIn(first, code, testClient());
    expect(await isAwaiting(first.id)).toBe(false);
    expect(await failureCode(completeTwoFactorSignIn(second, code, testClient()))).toBe("invalidTwoFactorCode");
    expect(await isAwaiting(second.id)).toBe(true);

    // The next code from the app still works.
    await completeTwoFactorSignIn(second, codeFor(secret, 1), testClient());
    expect(await isAwaiting(second.id)).toBe(false);
  });

  it("lets only one of two sessions racing with one code through", async () => {
    const { user, secret } = await createUserWithTwoFactor();
    const code = codeFor(secret);
    const sessions = [await pendingSession(user.id), await pendingSession(user.id)];

    const codes = await Promise.all(sessions.map((session) => failureCode(completeTwoFactorSignIn(session, code, testClient()))));
    expect(codes.sort()).toEqual(["did not fail", "invalidTwoFactorCode"]);
  });

  it("accepts a recovery code once, however it is typed, and alerts the person", async () => {
    const { user, recoveryCodes } = await createUserWithTwoFactor();
    const [code] = recoveryCodes;
    const first = await pendingSession(user.id);
    const second = await pendingSession(user.id);

    await completeTwoFactorSignIn(first, code!.toLowerCase().replaceAll("-", " "), testClient());
    expect(await isAwaiting(first.id)).toBe(false);
    expect(await failureCode(completeTwoFactorSignIn(second, code!, testClient()))).toBe("invalidTwoFactorCode");
    expect(await isAwaiting(second.id)).toBe(true);

    const sent = await emailsTo(user.email);
    expect(sent.map((m) => m.template)).toEqual(["security-alert-recoveryCodeUsed"]);
    expect(sent[0]!.text).toMatch(/\b9 recovery codes\b/);
    expect(await eventKinds(user.id)).toEqual(["RECOVERY_CODE_USED", "SIGN_IN", "TWO_FACTOR_FAILED"]);
    expect(await twoFactorStatus(user.id)).toMatchObject({ state: "on", recoveryCodesLeft: 9 });
  });

  it("does not spend the code when the waiting session has expired", async () => {
    const { user, secret } = await createUserWithTwoFactor();
    const code = codeFor(secret);
    const late = await pendingSession(user.id);
    await db.session.update({ where: { id: late.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await failureCode(completeTwoFactorSignIn(late, code, testClient()))).toBe("secondFactorExpired");
    const fresh = await pendingSession(user.id);
    await completeTwoFactorSignIn(fresh, code, testClient());
    expect(await isAwaiting(fresh.id)).toBe(false);
  });

  it("locks after five wrong codes, and then refuses the right one too", async () => {
    const { user, secret } = await createUserWithTwoFactor();
    const session = await pendingSession(user.id);
    const limit = THROTTLE_LIMITS["two-factor:user"];
    const codes: string[] = [];
    // Each attempt from another IP: the lock is per user, not only per address.
    for (let i = 0; i < limit; i++) codes.push(await failureCode(completeTwoFactorSignIn(session, codeFor(secret, FAR_STEPS), testClient())));

    expect(codes).toEqual([...Array(limit - 1).fill("invalidTwoFactorCode"), "tooManyAttempts"]);
    expect(await failureCode(completeTwoFactorSignIn(session, codeFor(secret), testClient()))).toBe("tooManyAttempts");
    expect(await isAwaiting(session.id)).toBe(true);
  });
});

describe("two-factor setup", () => {
  it("keeps the new key sealed until a code from the app confirms it, then turns two-factor on", async () => {
    const user = await createUser();
    expect(await twoFactorStatus(user.id)).toEqual({ state: "off" });
    await beginTwoFactorSetup(user.id);
    const status = await twoFactorStatus(user.id);
    if (status.state !== "setting-up") throw new Error("expected setting-up");

    const stored = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorSecret!;
    expect(stored).not.toContain(status.secret);

    expect(await failureCode(confirmTwoFactorSetup(user, codeFor(status.secret, FAR_STEPS), testClient()))).toBe("invalidTwoFactorCode");
    expect((await twoFactorStatus(user.id)).state).toBe("setting-up");

    const { recoveryCodes } = await confirmTwoFactorSetup(user, codeFor(status.secret), testClient());
    expect(recoveryCodes).toHaveLength(10);
    expect(await twoFactorStatus(user.id)).toMatchObject({ state: "on", since: expect.any(Date), recoveryCodesLeft: 10 });
    const hashes = (await db.recoveryCode.findMany({ where: { userId: user.id } })).map((r) => r.codeHash).sort();
    expect(hashes).toEqual(recoveryCodes.map((c) => hashRecoveryCode(normalizeRecoveryCode(c)!)).sort());
    expect(await templatesSentTo(user.email)).toEqual(["security-alert-twoFactorEnabled"]);
    expect(await eventKinds(user.id)).toEqual(["TWO_FACTOR_FAILED", "TWO_FACTOR_ENABLED"]);
  });

  it("does not accept the code that confirmed setup again at sign-in", async () => {
    const { user, secret, confirmedWith } = await userThroughSetup();
    const session = await pendingSession(user.id);
    expect(await failureCode(completeTwoFactorSignIn(session, confirmedWith, testClient()))).toBe("invalidTwoFactorCode");
    await completeTwoFactorSignIn(session, codeFor(secret, 1), testClient());
  });

  it("starts over with a new key when begun again, and can be cancelled", async () => {
    const user = await createUser();
    await beginTwoFactorSetup(user.id);
    const first = await twoFactorStatus(user.id);
    await beginTwoFactorSetup(user.id);
    const second = await twoFactorStatus(user.id);
    if (first.state !== "setting-up" || second.state !== "setting-up") throw new Error("expected setting-up");

    expect(second.secret).not.toBe(first.secret);
    expect(await failureCode(confirmTwoFactorSetup(user, codeFor(first.secret), testClient()))).toBe("invalidTwoFactorCode");
    await cancelTwoFactorSetup(user.id);
    expect(await twoFactorStatus(user.id)).toEqual({ state: "off" });
    expect(await failureCode(confirmTwoFactorSetup(user, codeFor(second.secret), testClient()))).toBe("twoFactorSetupExpired");
  });

  it("cannot be begun or confirmed again while two-factor is on", async () => {
    const { user, secret } = await userThroughSetup();
    expect(await failureCode(beginTwoFactorSetup(user.id))).toBe("twoFactorAlreadyEnabled");
    expect(await failureCode(confirmTwoFactorSetup(user, codeFor(secret, 1), testClient()))).toBe("twoFactorAlreadyEnabled");
  });
});

describe("recovery code regeneration", () => {
  it("needs the password, and replaces the old codes", async () => {
    const { user, recoveryCodes: old } = await userThroughSetup();
    expect(await failureCode(regenerateRecoveryCodes(user, "not-the-password", testClient()))).toBe("wrongPassword");

    const { recoveryCodes } = await regenerateRecoveryCodes(user, FACTORY_PASSWORD, testClient());
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes).not.toContain(old[0]);
    expect(await eventKinds(user.id)).toContain("RECOVERY_CODES_REGENERATED");

    const session = await pendingSession(user.id);
    expect(await failureCode(completeTwoFactorSignIn(session, old[0]!, testClient()))).toBe("invalidTwoFactorCode");
    await completeTwoFactorSignIn(session, recoveryCodes[0]!, testClient());
    expect(await isAwaiting(session.id)).toBe(false);
  });

  it("is refused while two-factor is off", async () => {
    const user = await createUser();
    expect(await failureCode(regenerateRecoveryCodes(user, FACTORY_PASSWORD, testClient()))).toBe("twoFactorNotEnabled");
  });
});

describe("disableTwoFactor", () => {
  it("needs the right password and a right code; then the key and the recovery codes are gone", async () => {
    const { user, secret } = await createUserWithTwoFactor();
    expect(await failureCode(disableTwoFactor(user, { password: "not-the-password", code: codeFor(secret) }, testClient()))).toBe("wrongPassword");
    expect(await failureCode(disableTwoFactor(user, { password: FACTORY_PASSWORD, code: codeFor(secret, FAR_STEPS) }, testClient()))).toBe("invalidTwoFactorCode");
    expect((await twoFactorStatus(user.id)).state).toBe("on");

    await disableTwoFactor(user, { password: FACTORY_PASSWORD, code: codeFor(secret) }, testClient());
    expect(await twoFactorStatus(user.id)).toEqual({ state: "off" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ twoFactorSecret: null, twoFactorEnabledAt: null, twoFactorLastStep: null });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await templatesSentTo(user.email)).toEqual(["security-alert-twoFactorDisabled"]);

    const { sessionId } = await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: testClient() });
    expect((await loadSession(sessionId))?.awaitingSecondFactor).toBe(false);
  });

  it("accepts a recovery code instead of a code from the app", async () => {
    const { user, recoveryCodes } = await createUserWithTwoFactor();
    await disableTwoFactor(user, { password: FACTORY_PASSWORD, code: recoveryCodes[3]! }, testClient());
    expect(await twoFactorStatus(user.id)).toEqual({ state: "off" });
  });

  it("is refused while two-factor is off", async () => {
    const user = await createUser();
    expect(await failureCode(disableTwoFactor(user, { password: FACTORY_PASSWORD, code: "123456" }, testClient()))).toBe("twoFactorNotEnabled");
  });
});
