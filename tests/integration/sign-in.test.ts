import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { LOCK_MINUTES, THROTTLE_LIMITS, WINDOW_MINUTES } from "@/lib/auth/throttle";
import { SAFARI_IPHONE, testClient } from "../factories/sessions";
import { createUserWithTwoFactor } from "../factories/two-factor";
import { FACTORY_PASSWORD, createUser, uniqueEmail } from "../factories/users";
import { failureCode } from "../support/errors";
import { templatesSentTo } from "../support/mail";

const EMAIL_LIMIT = THROTTLE_LIMITS["sign-in:email"];

async function eventKinds(userId: string) {
  return (await db.securityEvent.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((e) => e.kind);
}

function emailCounter(email: string) {
  return db.throttleCounter.findUnique({ where: { scope_subject: { scope: "sign-in:email", subject: email } } });
}

/** Signs in with wrong passwords from fresh IPs, so only the address counter can lock. */
async function failSignIns(email: string, times: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < times; i++) codes.push(await failureCode(signInWithPassword({ email, password: `wrong-${i}`, client: testClient() })));
  return codes;
}

describe("signInWithPassword", () => {
  it("opens a session that loads, and records the sign-in", async () => {
    const user = await createUser();
    const client = testClient();
    const { userId, sessionId } = await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client });

    expect(userId).toBe(user.id);
    expect(await loadSession(sessionId)).toMatchObject({ awaitingSecondFactor: false, user: { id: user.id } });
    expect(await db.session.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ ip: client.ip, userAgent: client.userAgent, device: client.device });
    expect(await eventKinds(user.id)).toEqual(["SIGN_IN"]);
  });

  it("leaves the session waiting for the code when two-factor is on, and records no sign-in yet", async () => {
    const { user } = await createUserWithTwoFactor();
    const { sessionId } = await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: testClient() });

    expect(await loadSession(sessionId)).toMatchObject({ awaitingSecondFactor: true, user: { id: user.id, twoFactorEnabled: true } });
    expect(await eventKinds(user.id)).toEqual([]);
    expect(await templatesSentTo(user.email)).toEqual([]);
  });

  it("refuses a wrong password and records the failure", async () => {
    const user = await createUser();
    expect(await failSignIns(user.email, 1)).toEqual(["invalidCredentials"]);
    expect(await eventKinds(user.id)).toEqual(["SIGN_IN_FAILED"]);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("sign-in throttling", () => {
  it("locks the address on the fifth failure, then refuses even the right password", async () => {
    const user = await createUser();
    const codes = await failSignIns(user.email, EMAIL_LIMIT);
    expect(codes).toEqual([...Array(EMAIL_LIMIT - 1).fill("invalidCredentials"), "tooManyAttempts"]);

    expect(await failureCode(signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: testClient() }))).toBe("tooManyAttempts");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await eventKinds(user.id)).toEqual([...Array(EMAIL_LIMIT).fill("SIGN_IN_FAILED"), "SIGN_IN_LOCKED"]);
  });

  it("lets the right password in once the lock has passed, and clears the counter", async () => {
    const user = await createUser();
    await failSignIns(user.email, EMAIL_LIMIT);
    const past = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await db.throttleCounter.update({
      where: { scope_subject: { scope: "sign-in:email", subject: user.email } },
      data: { windowStartedAt: past(WINDOW_MINUTES + LOCK_MINUTES), lockedUntil: past(1) },
    });

    await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: testClient() });
    expect(await emailCounter(user.email)).toBeNull();
  });

  it("clears the address's failures on success, so earlier failures no longer count toward a lock", async () => {
    const user = await createUser();
    const client = testClient();
    await failSignIns(user.email, EMAIL_LIMIT - 1);
    await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client });
    expect(await emailCounter(user.email)).toBeNull();

    await failSignIns(user.email, 1);
    expect((await emailCounter(user.email))?.failures).toBe(1);
  });

  it("counts failures per IP too, at a higher limit, and a success does not clear the IP", async () => {
    const user = await createUser();
    const client = testClient();
    for (let i = 0; i < EMAIL_LIMIT; i++) {
      expect(await failureCode(signInWithPassword({ email: uniqueEmail("guess"), password: "guess", client }))).toBe("invalidCredentials");
    }
    await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client });
    const ipCounter = await db.throttleCounter.findUnique({ where: { scope_subject: { scope: "sign-in:ip", subject: client.ip! } } });
    expect(ipCounter).toMatchObject({ failures: EMAIL_LIMIT, lockedUntil: null });
  });

  it("counts failures for unknown addresses the same way, without recording events", async () => {
    const email = uniqueEmail("nobody");
    const eventsBefore = await db.securityEvent.count();
    expect(await failSignIns(email, EMAIL_LIMIT)).toContain("tooManyAttempts");
    expect(await db.securityEvent.count()).toBe(eventsBefore);
    expect((await emailCounter(email))?.failures).toBe(EMAIL_LIMIT);
  });
});

describe("new-device alerts", () => {
  it("are not sent for the first sign-in nor for a browser seen before, but for a new one", async () => {
    const user = await createUser();
    await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: testClient() });
    await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: testClient() });
    expect(await templatesSentTo(user.email)).toEqual([]);

    await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: testClient({ userAgent: SAFARI_IPHONE, device: "Safari 17 · iOS" }) });
    const sent = await db.emailMessage.findMany({ where: { to: user.email } });
    expect(sent.map((m) => m.template)).toEqual(["security-alert-newSignIn"]);
    expect(sent[0]!.text).toContain("Safari 17 · iOS");
  });
});
