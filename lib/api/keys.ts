import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { newKeyToken, parseNetwork } from "./key-token";
import { isApiScope, type ApiScope } from "./scopes";

export const ZNewApiKey = z.strictObject({
  name: z.string().trim().min(1, { error: "A key needs a name." }).max(100, { error: "A key's name has at most 100 characters." }),
  scopes: z
    .array(z.string().trim())
    .min(1, { error: "A key needs at least one scope." })
    .refine((scopes) => scopes.every(isApiScope), { error: "Unknown scope: scopes are <resource>:read or <resource>:write." }),
  allowedNetworks: z.array(z.string().trim()).refine((networks) => networks.every((network) => parseNetwork(network)), { error: "A network is an address or address/prefix, such as 203.0.113.0/24." }),
});
export type TNewApiKey = z.input<typeof ZNewApiKey>;

export type ApiKeySummary = { name: string; prefix: string; scopes: string[]; allowedNetworks: string[]; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

/** Makes a key; the token is returned here only, never stored. A name already in use is refused. */
export async function createApiKey(input: TNewApiKey): Promise<{ token: string; key: ApiKeySummary }> {
  const { name, scopes, allowedNetworks } = ZNewApiKey.parse(input);
  const { token, prefix, secretHash } = newKeyToken();
  try {
    const key = await db.apiKey.create({ data: { name, prefix, secretHash, scopes: [...new Set(scopes)], allowedNetworks }, select: SUMMARY });
    return { token, key };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new Error(`A key named "${name}" exists already.`);
    throw error;
  }
}

const SUMMARY = { name: true, prefix: true, scopes: true, allowedNetworks: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export function listApiKeys(): Promise<ApiKeySummary[]> {
  return db.apiKey.findMany({ select: SUMMARY, orderBy: { createdAt: "asc" } });
}

/** Revokes a key by name; it stops working on the next request. False when there is no such live key. */
export async function revokeApiKey(name: string): Promise<boolean> {
  const { count } = await db.apiKey.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** A key that was found and counted: `rateCount` requests so far in a window that ends in `windowEndsInSeconds`. */
export type AuthenticatedKey = { id: string; name: string; scopes: ApiScope[]; allowedNetworks: string[]; rateCount: number; windowEndsInSeconds: number };

/**
 * The live key with this prefix and secret hash, counted into its one-minute rate window and
 * marked used, in one statement: the count holds across every instance, since it lives in
 * PostgreSQL. Null for an unknown, wrong or revoked key. Times are UTC wall time, as the
 * throttle counters keep them (lib/auth/throttle.ts).
 */
export async function useApiKey(prefix: string, secretHash: string): Promise<AuthenticatedKey | null> {
  const rows = await db.$queryRaw<(Omit<AuthenticatedKey, "scopes"> & { scopes: string[] })[]>`
    UPDATE "ApiKey" SET
      "lastUsedAt" = now() AT TIME ZONE 'UTC',
      "rateCount" = CASE WHEN "rateWindowAt" > (now() AT TIME ZONE 'UTC') - interval '1 minute' THEN "rateCount" + 1 ELSE 1 END,
      "rateWindowAt" = CASE WHEN "rateWindowAt" > (now() AT TIME ZONE 'UTC') - interval '1 minute' THEN "rateWindowAt" ELSE now() AT TIME ZONE 'UTC' END
    WHERE prefix = ${prefix} AND "secretHash" = ${secretHash} AND "revokedAt" IS NULL
    RETURNING id, name, scopes, "allowedNetworks", "rateCount",
      ceil(extract(epoch FROM "rateWindowAt" + interval '1 minute' - (now() AT TIME ZONE 'UTC')))::int AS "windowEndsInSeconds"`;
  const row = rows[0];
  return row ? { ...row, scopes: row.scopes.filter(isApiScope) } : null;
}
