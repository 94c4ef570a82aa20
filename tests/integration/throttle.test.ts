import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  LOCK_MINUTES,
  THROTTLE_LIMITS,
  WINDOW_MINUTES,
  assertNotLocked,
  clearFailures,
  countRequest,
  lockedUntil,
  recordFailure,
  subjects,
  type ThrottleSubject,
} from "@/lib/auth/throttle";
import { uniqueEmail } from "../factories/users";
import { testClient } from "../factories/sessions";
import { failureCode } from "../support/errors";

const MINUTE = 60_000;

function emailSubject(email = uniqueEmail()): ThrottleSubject {
  return { scope: "sign-in:email", subject: email };
}

function counter({ scope, subject }: ThrottleSubject) {
  return db.throttleCounter.findUnique({ where: { scope_subject: { scope, subject } } });
}

async function failTimes(list: ThrottleSubject[], times: number): Promise<Date | null> {
  let locked: Date | null = null;
  for (let i = 0; i < times; i++) locked = await recordFailure(list);
  return locked;
}

/** Moves a counter's window (and lock) into the past, as if the minutes had passed. */
async function backdate(subject: ThrottleSubject, minutes: { window?: number; lock?: number }) {
  const row = await counter(subject);
  if (!row) throw new Error("no counter to backdate");
  await db.throttleCounter.update({
    where: { scope_subject: { scope: subject.scope, subject: subject.subject } },
    data: {
      ...(minutes.window !== undefined ? { windowStartedAt: new Date(row.windowStartedAt.getTime() - minutes.window * MINUTE) } : {}),
      ...(minutes.lock !== undefined && row.lockedUntil ? { lockedUntil: new Date(row.lockedUntil.getTime() - minutes.lock * MINUTE) } : {}),
    },
  });
}

describe("subjects", () => {
  it("count an attempt against the address (or the user, for codes) and the IP when it is known", () => {
    expect(subjects("sign-in", "a@example.test", "203.0.113.7")).toEqual([
      { scope: "sign-in:email", subject: "a@example.test" },
      { scope: "sign-in:ip", subject: "203.0.113.7" },
    ]);
    expect(subjects("two-factor", "user-id", null)).toEqual([{ scope: "two-factor:user", subject: "user-id" }]);
    expect(subjects("password-reset", "a@example.test", null)).toEqual([{ scope: "password-reset:email", subject: "a@example.test" }]);
  });
});

describe("failure counters", () => {
  it("lock on the fifth failure for fifteen minutes and refuse with the minutes to wait", async () => {
    const subject = emailSubject();
    expect(await failTimes([subject], 4)).toBeNull();
    expect(await lockedUntil([subject])).toBeNull();
    await assertNotLocked([subject]);

    const before = Date.now();
    const locked = await recordFailure([subject]);
    expect(locked).not.toBeNull();
    expect(locked!.getTime() - before).toBeGreaterThan((LOCK_MINUTES - 1) * MINUTE);
    expect(locked!.getTime() - before).toBeLessThanOrEqual(LOCK_MINUTES * MINUTE + 5_000);
    expect(await lockedUntil([subject])).toEqual(locked);

    const error = await assertNotLocked([subject]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "tooManyAttempts", values: { minutes: LOCK_MINUTES } });
  });

  it("stop locking once the lock time has passed", async () => {
    const subject = emailSubject();
    await failTimes([subject], 5);
    expect(await failureCode(assertNotLocked([subject]))).toBe("tooManyAttempts");

    await backdate(subject, { window: WINDOW_MINUTES + 1, lock: LOCK_MINUTES + 1 });
    expect(await lockedUntil([subject])).toBeNull();
    await assertNotLocked([subject]);
  });

  it("start a new window when the first failure is more than fifteen minutes old", async () => {
    const subject = emailSubject();
    await failTimes([subject], 4);
    await backdate(subject, { window: WINDOW_MINUTES });

    expect(await recordFailure([subject])).toBeNull();
    const row = await counter(subject);
    expect(row?.failures).toBe(1);
    expect(Date.now() - row!.windowStartedAt.getTime()).toBeLessThan(MINUTE);
    expect(await failTimes([subject], 3)).toBeNull();
    expect(await recordFailure([subject])).not.toBeNull();
  });

  it("lock a subject that is still within its window at the limit", async () => {
    const subject = emailSubject();
    await failTimes([subject], 4);
    await backdate(subject, { window: WINDOW_MINUTES - 1 });
    expect(await recordFailure([subject])).not.toBeNull();
  });

  it("count every one of ten failures made at the same moment", async () => {
    const subject = emailSubject();
    const ip: ThrottleSubject = { scope: "sign-in:ip", subject: testClient().ip! };
    const results = await Promise.all(Array.from({ length: 10 }, () => recordFailure([subject, ip])));

    expect((await counter(subject))?.failures).toBe(10);
    expect((await counter(ip))?.failures).toBe(10);
    // From the fifth on, every answer carries the lock.
    expect(results.filter(Boolean)).toHaveLength(6);
    expect(await failureCode(assertNotLocked([subject]))).toBe("tooManyAttempts");
  });

  it("keep each address separate, and lock an IP only at its own, higher limit", async () => {
    const ip = testClient().ip!;
    const ipSubject: ThrottleSubject = { scope: "sign-in:ip", subject: ip };
    expect(THROTTLE_LIMITS["sign-in:ip"]).toBeGreaterThan(THROTTLE_LIMITS["sign-in:email"]);

    const emails = Array.from({ length: 5 }, () => uniqueEmail());
    for (const email of emails) expect(await failTimes(subjects("sign-in", email, ip), 1)).toBeNull();
    expect((await counter(ipSubject))?.failures).toBe(5);
    await assertNotLocked(subjects("sign-in", uniqueEmail(), ip));

    expect(await failTimes([ipSubject], THROTTLE_LIMITS["sign-in:ip"] - 6)).toBeNull();
    expect(await recordFailure([ipSubject])).not.toBeNull();
    // A locked IP refuses any address from it; the same address elsewhere is not locked.
    expect(await failureCode(assertNotLocked(subjects("sign-in", uniqueEmail(), ip)))).toBe("tooManyAttempts");
    await assertNotLocked(subjects("sign-in", emails[0]!, testClient().ip));
  });

  it("are cleared one subject at a time", async () => {
    const list = subjects("sign-in", uniqueEmail(), testClient().ip);
    await failTimes(list, 4);
    await clearFailures(list[0]!);
    expect(await counter(list[0]!)).toBeNull();
    expect((await counter(list[1]!))?.failures).toBe(4);

    expect(await failTimes([list[0]!], 4)).toBeNull();
  });
});

describe("countRequest", () => {
  it("lets five requests through and refuses the sixth, counting it nowhere", async () => {
    const list = subjects("password-reset", uniqueEmail(), testClient().ip);
    for (let i = 0; i < THROTTLE_LIMITS["password-reset:email"]; i++) await countRequest(list);
    expect(await failureCode(countRequest(list))).toBe("tooManyAttempts");
    expect((await counter(list[0]!))?.failures).toBe(5);
    expect((await counter(list[1]!))?.failures).toBe(5);
  });
});
