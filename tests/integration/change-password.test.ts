import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSession } from "@/lib/auth/sessions";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { authenticateWithPassword } from "@/lib/users/authenticate";
import { changePassword } from "@/lib/users/change-password";
import { createTestSession, sessionRow, testClient } from "../factories/sessions";
import { FACTORY_PASSWORD, createUser } from "../factories/users";
import { failureCode } from "../support/errors";
import { templatesSentTo } from "../support/mail";

const NEW_PASSWORD = "copper-kettle-winter-9";

async function signedInUser() {
  const user = await createUser();
  const current = await createTestSession(user.id);
  const others = [await createTestSession(user.id), await createTestSession(user.id)];
  return { user, current, others, changer: { ...user, sessionId: current } };
}

describe("changePassword", () => {
  it("changes the password, keeps the current session, ends the others and alerts the person", async () => {
    const { user, current, others, changer } = await signedInUser();
    const stranger = await createTestSession((await createUser()).id);

    expect(await changePassword(changer, { currentPassword: FACTORY_PASSWORD, newPassword: NEW_PASSWORD }, testClient())).toEqual({ endedSessions: 2 });

    expect(await loadSession(current)).not.toBeNull();
    for (const id of others) {
      expect(await loadSession(id)).toBeNull();
      expect((await sessionRow(id)).endReason).toBe("PASSWORD_CHANGED");
    }
    expect(await loadSession(stranger)).not.toBeNull();
    expect((await authenticateWithPassword(user.email, NEW_PASSWORD)).id).toBe(user.id);
    expect(await templatesSentTo(user.email)).toEqual(["security-alert-passwordChanged"]);
    expect((await db.securityEvent.findMany({ where: { userId: user.id } })).map((e) => e.kind)).toEqual(["PASSWORD_CHANGED"]);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const { user, others, changer } = await signedInUser();

    expect(await failureCode(changePassword(changer, { currentPassword: "not-the-password", newPassword: NEW_PASSWORD }, testClient()))).toBe("wrongPassword");
    expect((await authenticateWithPassword(user.email, FACTORY_PASSWORD)).id).toBe(user.id);
    for (const id of others) expect(await loadSession(id)).not.toBeNull();
    expect(await templatesSentTo(user.email)).toEqual([]);
  });

  it("counts wrong current passwords toward the sign-in lock, so a borrowed session cannot guess", async () => {
    const { changer } = await signedInUser();
    const attempt = (currentPassword: string) => failureCode(changePassword(changer, { currentPassword, newPassword: NEW_PASSWORD }, testClient()));
    const codes: string[] = [];
    for (let i = 0; i < THROTTLE_LIMITS["sign-in:email"]; i++) codes.push(await attempt(`guess-${i}`));

    expect(codes.at(-1)).toBe("tooManyAttempts");
    expect(await attempt(FACTORY_PASSWORD)).toBe("tooManyAttempts");
  });
});
