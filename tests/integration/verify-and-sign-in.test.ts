import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSecretToken } from "@/lib/auth/tokens";
import { UserError } from "@/lib/errors/user-error";
import { authenticateWithPassword } from "@/lib/users/authenticate";
import { signUp } from "@/lib/users/sign-up";
import { resendVerificationEmail } from "@/lib/users/verification-email";
import { completeVerification, inspectVerificationToken } from "@/lib/users/verify-email";
import { updateProfile } from "@/lib/users/update-profile";
import { createTestSession, sessionRow, testClient } from "../factories/sessions";
import { FACTORY_PASSWORD, createUser, uniqueEmail } from "../factories/users";
import { emailsTo, lastVerificationToken } from "../support/mail";

const PASSWORD = "lantern-harbour-quiet";
const NO_IP = { ip: null };
const client = testClient();

/** Follows a verification link and sets the password on its page; null when the link is refused. */
async function verify(token: string, password = PASSWORD) {
  try {
    return (await completeVerification({ token, password, client })).user;
  } catch (error) {
    if (error instanceof UserError && error.code === "verificationLinkInvalid") return null;
    throw error;
  }
}

async function signedUp(email = uniqueEmail()) {
  await signUp({ name: "Lea Novak", email, password: PASSWORD, locale: "en" });
  return { email, token: await lastVerificationToken(email) };
}

async function failureCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof UserError ? error.code : `not a UserError: ${String(error)}`;
}

describe("sign-in before and after verification", () => {
  it("refuses an unverified address only once the password is right, then signs in after the link", async () => {
    const { email, token } = await signedUp();

    expect(await failureCode(authenticateWithPassword(email, "wrong-password-1"))).toBe("invalidCredentials");
    expect(await failureCode(authenticateWithPassword(email, PASSWORD))).toBe("emailNotVerified");

    expect(await inspectVerificationToken(token)).toBe("valid");
    const verified = await verify(token);
    expect(verified?.email).toBe(email);

    const user = await authenticateWithPassword(email, PASSWORD);
    expect(user).toEqual({ id: verified?.id, email, name: "Lea Novak", locale: "en", timeZone: "UTC", twoFactorEnabled: false });
  });

  it("gives the same error for an unknown email and a wrong password", async () => {
    const user = await createUser();
    expect(await failureCode(authenticateWithPassword(uniqueEmail("nobody"), FACTORY_PASSWORD))).toBe("invalidCredentials");
    expect(await failureCode(authenticateWithPassword(user.email, "not-the-password"))).toBe("invalidCredentials");
    expect((await authenticateWithPassword(user.email, FACTORY_PASSWORD)).id).toBe(user.id);
  });
});

describe("pre-hijacking (issue 12, item 6)", () => {
  const ATTACKER_PASSWORD = "attacker-knows-this-1";

  it("a stranger signs up with someone's address; the owner follows the link: the stranger's password no longer opens it", async () => {
    const email = uniqueEmail("victim");
    await signUp({ name: "Attacker", email, password: ATTACKER_PASSWORD, locale: "en" });

    const verified = await verify(await lastVerificationToken(email), "owner-picked-this-2");

    expect(verified?.email).toBe(email);
    expect(await failureCode(authenticateWithPassword(email, ATTACKER_PASSWORD))).toBe("invalidCredentials");
    expect((await authenticateWithPassword(email, "owner-picked-this-2")).id).toBe(verified?.id);
  });

  it("ends every session the account had before its address was proven, and drops its other links", async () => {
    const { email, token } = await signedUp();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const earlierSession = await createTestSession(user.id);
    const other = createSecretToken();
    await db.emailVerificationToken.create({ data: { userId: user.id, tokenHash: other.tokenHash, expiresAt: new Date(Date.now() + 60_000) } });

    await verify(token);

    expect(await sessionRow(earlierSession)).toMatchObject({ endReason: "PASSWORD_SET", endedAt: expect.any(Date) });
    expect(await inspectVerificationToken(other.token)).toBe("unknown");
  });
});

describe("verification links", () => {
  it("work once", async () => {
    const { token } = await signedUp();
    expect(await verify(token)).not.toBeNull();
    expect(await verify(token)).toBeNull();
    expect(await inspectVerificationToken(token)).toBe("used");
  });

  it("work once even when used twice at the same moment", async () => {
    const { token } = await signedUp();
    const results = await Promise.all([verify(token), verify(token), verify(token)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("expire after 24 hours and then change nothing", async () => {
    const user = await createUser({ verified: false });
    const { token, tokenHash } = createSecretToken();
    await db.emailVerificationToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() - 1000) } });

    expect(await inspectVerificationToken(token)).toBe("expired");
    expect(await verify(token)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it("are unknown when made up", async () => {
    expect(await inspectVerificationToken("made-up-token")).toBe("unknown");
    expect(await verify("made-up-token")).toBeNull();
  });

  it("can be sent again; the new link replaces the old one", async () => {
    const { email, token: first } = await signedUp();
    await resendVerificationEmail(email, NO_IP);
    const second = await lastVerificationToken(email);

    expect(second).not.toBe(first);
    expect(await inspectVerificationToken(first)).toBe("unknown");
    expect(await verify(second)).not.toBeNull();
  });

  it("are not sent to unknown or already verified addresses", async () => {
    const verified = await createUser();
    const unknown = uniqueEmail("unknown");
    await resendVerificationEmail(unknown, NO_IP);
    await resendVerificationEmail(verified.email, NO_IP);
    expect(await emailsTo(unknown)).toHaveLength(0);
    expect(await emailsTo(verified.email)).toHaveLength(0);
  });
});

describe("updateProfile", () => {
  it("changes the user's name and language", async () => {
    const user = await createUser({ name: "Old Name" });
    await updateProfile(user.id, { name: "New Name", locale: "en" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("New Name");
  });
});
