import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { createSession } from "@/lib/auth/sessions";
import type { ClientInfo } from "@/lib/http/client-info";

export const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
export const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/** A request's client, with an IP of its own (documentation range), so IP counters of tests do not meet. */
export function testClient(overrides: Partial<ClientInfo> = {}): ClientInfo {
  return {
    ip: `2001:db8::${randomInt(0x10000).toString(16)}:${randomInt(0x10000).toString(16)}`,
    userAgent: FIREFOX_LINUX,
    device: "Firefox 133 · Linux",
    ...overrides,
  };
}

/** A session row as a sign-in opens it (active, or still owing the second factor). */
export async function createTestSession(userId: string, options: { client?: ClientInfo; awaitingSecondFactor?: boolean } = {}) {
  const { id } = await createSession(db, { userId, client: options.client ?? testClient(), awaitingSecondFactor: options.awaitingSecondFactor ?? false });
  return id;
}

export function sessionRow(id: string) {
  return db.session.findUniqueOrThrow({ where: { id } });
}
