import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/auth/tokens";
import { ZSignUp } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";
import { verifyPassword } from "@/lib/auth/password";
import { THROTTLE_LIMITS, recordFailure } from "@/lib/auth/throttle";
import { testClient } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";
import { emailsTo, lastVerificationToken } from "../support/mail";

const PASSWORD = "plum-orchard-sunrise";

function input(email: string, name = "Ana Ruiz") {
  return { ...ZSignUp.parse({ name, email, password: PASSWORD }), locale: "en" };
}

describe("signUp", () => {
  it("creates an unverified user with a hashed password and sends a verification link", async () => {
    const email = uniqueEmail("new");
    expect(await signUp(input(email.toUpperCase()))).toBe("created");

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Ana Ruiz");
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    expect(user.passwordHash.startsWith("$2b$12$")).toBe(true);

    const [message] = await emailsTo(email);
    expect(message?.template).toBe("verify-email");
    expect(message?.status).toBe("CAPTURED");
    expect(message?.html).toContain("Confirm my email");

    // Only the hash of the token is stored, valid for 24 hours.
    const token = await lastVerificationToken(email);
    const stored = await db.emailVerificationToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashSecretToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const hours = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(24, 1);
  });

  it("writes nothing for an address that is registered, in any case, and warns its owner", async () => {
    const owner = await createUser({ name: "Existing Owner" });
    const before = await db.user.count();

    expect(await signUp(input(owner.email.toUpperCase(), "Someone Else"))).toBe("already-registered");

    expect(await db.user.count()).toBe(before);
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(unchanged.name).toBe("Existing Owner");
    expect(await db.emailVerificationToken.count({ where: { userId: owner.id } })).toBe(0);
    const messages = await emailsTo(owner.email);
    expect(messages.map((m) => m.template)).toEqual(["registration-attempt"]);
    expect(messages[0]?.text).toContain("Existing Owner");
  });

  it("warns the owner of a registered address a few times a day at most, answering the same whether it sends or not", async () => {
    const owner = await createUser();
    const limit = THROTTLE_LIMITS["registration-attempt:email"];
    for (let i = 0; i < limit + 2; i++) expect(await signUp(input(owner.email), testClient())).toBe("already-registered");
    expect((await emailsTo(owner.email)).map((m) => m.template)).toEqual(Array(limit).fill("registration-attempt"));
  });

  it("sends at most so many of those warnings from one IP, whatever the addresses", async () => {
    const client = testClient();
    // The IP has already caused all but one of the warnings it may (counted as the app counts them).
    for (let i = 0; i < THROTTLE_LIMITS["registration-attempt:ip"] - 1; i++) await recordFailure([{ scope: "registration-attempt:ip", subject: client.ip! }]);
    const owners = [await createUser(), await createUser()];
    for (const owner of owners) expect(await signUp(input(owner.email), client)).toBe("already-registered");
    expect(await Promise.all(owners.map(async (owner) => (await emailsTo(owner.email)).length))).toEqual([1, 0]);
    // A new address from that IP still signs up and gets its verification link.
    const email = uniqueEmail("new");
    expect(await signUp(input(email), client)).toBe("created");
    expect((await emailsTo(email)).map((m) => m.template)).toEqual(["verify-email"]);
  });

  it("leaves exactly one user when two sign-ups with one email race", async () => {
    const email = uniqueEmail("race");
    const outcomes = await Promise.all([signUp(input(email, "First")), signUp(input(email.toUpperCase(), "Second"))]);

    expect(outcomes.sort()).toEqual(["already-registered", "created"]);
    expect(await db.user.count({ where: { email } })).toBe(1);
    const templates = (await emailsTo(email)).map((m) => m.template).sort();
    expect(templates).toEqual(["registration-attempt", "verify-email"]);
  });
});
