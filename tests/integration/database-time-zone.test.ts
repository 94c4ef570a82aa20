/**
 * Timestamps are stored as UTC in `timestamp without time zone` columns (Prisma's way), while
 * the throttle and the session lookup compare them with the database clock in raw SQL. These
 * tests run against a database whose TimeZone is far from UTC, as a managed PostgreSQL set to
 * local time would be: locks must still hold for fifteen minutes, and sessions expire on time.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSession } from "@/lib/auth/sessions";
import { lockedUntil, recordFailure, type ThrottleSubject } from "@/lib/auth/throttle";
import { createTestSession } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";
import { setDatabaseTimeZone } from "../support/database-time-zone";

// Before the app's pool opens its first connection, so every connection gets the setting.
beforeAll(() => setDatabaseTimeZone("America/New_York"));

describe("with the database clock set to New York time", () => {
  it("the connection really uses it", async () => {
    expect(await db.$queryRaw`SHOW timezone`).toEqual([{ TimeZone: "America/New_York" }]);
  });

  it("a lock lasts fifteen minutes from now", async () => {
    const subject: ThrottleSubject = { scope: "sign-in:email", subject: uniqueEmail() };
    let locked: Date | null = null;
    for (let i = 0; i < 5; i++) locked = await recordFailure([subject]);

    expect(Math.abs(locked!.getTime() - (Date.now() + 15 * 60_000))).toBeLessThan(60_000);
    expect(await lockedUntil([subject])).toEqual(locked);
  });

  it("a session expired a minute ago does not load, one expiring in a minute does", async () => {
    const user = await createUser();
    const expired = await createTestSession(user.id);
    const live = await createTestSession(user.id);
    await db.session.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    await db.session.update({ where: { id: live }, data: { expiresAt: new Date(Date.now() + 60_000) } });

    expect(await loadSession(expired)).toBeNull();
    expect(await loadSession(live)).not.toBeNull();
  });
});
