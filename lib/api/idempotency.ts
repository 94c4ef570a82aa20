import "server-only";
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** How long a key's first answer is kept and replayed. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How long a retry waits for the first request with its key to finish before it is told to come back. */
const WAIT_FOR_FIRST_MS = 30_000;

/** A JSON value written the same way whatever the order of its object keys. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What makes two requests "the same": the operation, its path (ids included) and its body, key order aside. */
export function requestFingerprint(operationId: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${operationId}\n${path}\n${stableJson(body)}`).digest("hex");
}

export type IdempotentOutcome =
  | { kind: "fresh"; response: Response }
  | { kind: "replayed"; response: Response }
  | { kind: "other-request" }
  | { kind: "still-running" };

/**
 * Runs `create` once per (API key, Idempotency-Key) within 24 hours. The first request
 * claims the key with a row (the unique index decides between two that arrive at once), runs,
 * and keeps its answer; a retry with the same request gets that answer again and creates
 * nothing; a retry with another request is refused. A first request that fails on the server
 * (5xx or a throw) releases its claim, so the client's retry runs for real.
 */
export async function runIdempotent(input: { apiKeyId: string; key: string; fingerprint: string; create: () => Promise<Response> }): Promise<IdempotentOutcome> {
  const { apiKeyId, key, fingerprint } = input;
  const waitUntil = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const claimed = await claim(apiKeyId, key, fingerprint);
    if (claimed) return { kind: "fresh", response: await runClaimed(claimed, input.create) };
    const first = await db.apiIdempotencyKey.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } });
    if (!first) continue; // The first request released its claim: this one may run.
    if (first.fingerprint !== fingerprint) return { kind: "other-request" };
    if (first.responseStatus !== null) {
      return { kind: "replayed", response: new Response(first.responseBody, { status: first.responseStatus, headers: replayHeaders(first.responseStatus) }) };
    }
    // The first request with this key is still running: wait for its answer (a state, polled), within reason.
    if (Date.now() > waitUntil) return { kind: "still-running" };
    await sleep(100);
  }
}

function replayHeaders(status: number) {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  return { "Content-Type": type, "Cache-Control": "no-store", "Idempotent-Replayed": "true" };
}

/** The claim's row id, or null when another request holds the key (a live claim or a kept answer). */
async function claim(apiKeyId: string, key: string, fingerprint: string): Promise<string | null> {
  // An answer older than the window no longer counts: the key may be used afresh.
  await db.apiIdempotencyKey.deleteMany({ where: { apiKeyId, key, createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_WINDOW_MS) } } });
  try {
    const row = await db.apiIdempotencyKey.create({ data: { apiKeyId, key, fingerprint }, select: { id: true } });
    return row.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

async function runClaimed(claimId: string, create: () => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await create();
  } catch (error) {
    await db.apiIdempotencyKey.delete({ where: { id: claimId } }).catch(() => undefined);
    throw error;
  }
  if (response.status >= 500) {
    await db.apiIdempotencyKey.delete({ where: { id: claimId } }).catch(() => undefined);
    return response;
  }
  const body = await response.clone().text();
  await db.apiIdempotencyKey.update({ where: { id: claimId }, data: { responseStatus: response.status, responseBody: body, completedAt: new Date() } });
  return response;
}
