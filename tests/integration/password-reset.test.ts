import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { recordFailure, subjects } from "@/lib/auth/throttle";
import { hashSecretToken } from "@/lib/auth/tokens";
import { authenticateWithPassword } from "@/lib/users/authenticate";
import { RESET_TOKEN_TTL_MS, inspectPasswordResetToken, requestPasswordReset, resetPassword } from "@/lib/users/password-reset";
import { createTestSession, sessionRow, testClient } from "../factories/sessions";
import { FACTORY_PASSWORD, createUser, uniqueEmail } from "../factories/users";
import { failureCode } from "../support/errors";
import { emailsTo, lastResetToken, templatesSentTo } from "../support/mail";

const NEW_PASSWORD = "copper-kettle-winter-9";

async function requestedReset(user: { email: string }) {
  await requestPasswordReset(user.email, testClient());
  return lastResetToken(user.email);
}

describe("requestPasswordReset", () => {
  it("emails a link valid for 60 minutes whose token the database holds only as a hash", async () => {
    const user = await createUser();
    const before = Date.now();
    const token = await requestedReset(user);

    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime()).toBeGreaterThanOrEqual(before + RESET_TOKEN_TTL_MS);
    expect(rows[0]!.expiresAt.getTime()).toBeLessThan(Date.now() + RESET_TOKEN_TTL_MS + 1000);
    expect(RESET_TOKEN_TTL_MS).toBe(60 * 60_000);

    expect(await inspectPasswordResetToken(token)).toBe("valid");
    expect((await db.securityEvent.findMany({ where: { userId: user.id } })).map((e) => e.kind)).toEqual(["PASSWORD_RESET_REQUESTED"]);
  });

  it("writes no token and sends nothing for an unknown address", async () => {
    const email = uniqueEmail("nobody");
    const tokensBefore = await db.passwordResetToken.count();
    await requestPasswordReset(email, testClient());
    expect(await db.passwordResetToken.count()).toBe(tokensBefore);
    expect(await emailsTo(email)).toHaveLength(0);
  });

  it("replaces an older link with the newest one", async () => {
    const user = await createUser();
    const first = await requestedReset(user);
    const second = await requestedReset(user);

    expect(second).not.toBe(first);
    expect(await inspectPasswordResetToken(first)).toBe("unknown");
    expect(await failureCode(resetPassword({ token: first, password: NEW_PASSWORD, client: testClient() }))).toBe("resetLinkInvalid");
    await resetPassword({ token: second, password: NEW_PASSWORD, client: testClient() });
  });

  it("refuses the sixth request for one address within the window, whether or not it has an account", async () => {
    const user = await createUser();
    const unknown = uniqueEmail("nobody");
    for (let i = 0; i < 5; i++) {
      await requestPasswordReset(user.email, testClient());
      await requestPasswordReset(unknown, testClient());
    }
    expect(await failureCode(requestPasswordReset(user.email, testClient()))).toBe("tooManyAttempts");
    expect(await failureCode(requestPasswordReset(unknown, testClient()))).toBe("tooManyAttempts");
    expect(await templatesSentTo(user.email)).toEqual(Array(5).fill("password-reset"));
  });
});

describe("resetPassword", () => {
  it("sets the new password, ends every session, alerts the person and keeps them verified", async () => {
    const user = await createUser();
    const sessions = [await createTestSession(user.id), await createTestSession(user.id)];
    const token = await requestedReset(user);

    expect(await resetPassword({ token, password: NEW_PASSWORD, client: testClient() })).toEqual({ email: user.email });

    for (const id of sessions) {
      expect(await loadSession(id)).toBeNull();
      expect((await sessionRow(id)).endReason).toBe("PASSWORD_RESET");
    }
    expect(await templatesSentTo(user.email)).toEqual(["password-reset", "security-alert-passwordChanged"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toEqual(user.emailVerifiedAt);
    expect(await failureCode(authenticateWithPassword(user.email, FACTORY_PASSWORD))).toBe("invalidCredentials");
    expect((await authenticateWithPassword(user.email, NEW_PASSWORD)).id).toBe(user.id);
  });

  it("verifies an unverified address: the link proves the mailbox", async () => {
    const user = await createUser({ verified: false });
    const token = await requestedReset(user);
    await resetPassword({ token, password: NEW_PASSWORD, client: testClient() });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("works once", async () => {
    const user = await createUser();
    const token = await requestedReset(user);
    await resetPassword({ token, password: NEW_PASSWORD, client: testClient() });

    expect(await inspectPasswordResetToken(token)).toBe("used");
    expect(await failureCode(resetPassword({ token, password: "another-password-42", client: testClient() }))).toBe("resetLinkInvalid");
    expect((await authenticateWithPassword(user.email, NEW_PASSWORD)).id).toBe(user.id);
  });

  it("works once even when the link is used five times at the same moment", async () => {
    const user = await createUser();
    const token = await requestedReset(user);
    const passwords = Array.from({ length: 5 }, (_, i) => `${NEW_PASSWORD}-${i}`);
    const results = await Promise.allSettled(passwords.map((password) => resetPassword({ token, password, client: testClient() })));

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.map((r) => (r.reason as { code?: string }).code)).toEqual(Array(4).fill("resetLinkInvalid"));
    expect(await templatesSentTo(user.email)).toEqual(["password-reset", "security-alert-passwordChanged"]);
    expect(await db.securityEvent.count({ where: { userId: user.id, kind: "PASSWORD_RESET" } })).toBe(1);
  });

  it("refuses a link older than 60 minutes and changes nothing", async () => {
    const user = await createUser();
    const token = await requestedReset(user);
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await inspectPasswordResetToken(token)).toBe("expired");
    expect(await failureCode(resetPassword({ token, password: NEW_PASSWORD, client: testClient() }))).toBe("resetLinkInvalid");
    expect((await authenticateWithPassword(user.email, FACTORY_PASSWORD)).id).toBe(user.id);
  });

  it("refuses a made-up link", async () => {
    expect(await inspectPasswordResetToken("made-up-token")).toBe("unknown");
    expect(await failureCode(resetPassword({ token: "made-up-token", password: NEW_PASSWORD, client: testClient() }))).toBe("resetLinkInvalid");
  });

  it("lifts a sign-in lock on the address: the mailbox's owner may sign in at once", async () => {
    const user = await createUser();
    const list = subjects("sign-in", user.email, null);
    for (let i = 0; i < 5; i++) await recordFailure(list);
    const token = await requestedReset(user);

    await resetPassword({ token, password: NEW_PASSWORD, client: testClient() });
    const { userId } = await signInWithPassword({ email: user.email, password: NEW_PASSWORD, client: testClient() });
    expect(userId).toBe(user.id);
  });
});
