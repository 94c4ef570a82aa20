import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { idPage, ZIdCursor, ZLimit } from "@/lib/api/operations/common";
import { containsText } from "@/lib/pagination/search";

/**
 * Client accounts as the provider sees them through its API: every account, not one
 * member's. Pages never call these; the API's key and scope stand where a page has the
 * session and the membership.
 */

export const ZListAccountsQuery = z.strictObject({
  status: z.enum(["ACTIVE", "SUSPENDED", "CLOSED"], { error: "status is ACTIVE, SUSPENDED or CLOSED." }).optional(),
  q: z.string().trim().min(1).max(200, { error: "q has at most 200 characters." }).optional(),
  cursor: ZIdCursor.optional(),
  limit: ZLimit,
});

const ACCOUNT = {
  id: true,
  kind: true,
  legalName: true,
  taxId: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  region: true,
  postcode: true,
  country: true,
  currency: true,
  documentLocale: true,
  status: true,
  closedAt: true,
  seatLimit: true,
  createdAt: true,
  owner: { select: { id: true, email: true, name: true } },
} as const satisfies Prisma.ClientAccountSelect;

type AccountRow = Prisma.ClientAccountGetPayload<{ select: typeof ACCOUNT }>;

function accountBody(row: AccountRow) {
  return {
    id: row.id,
    kind: row.kind,
    legalName: row.legalName,
    taxId: row.taxId,
    address: { line1: row.addressLine1, line2: row.addressLine2, city: row.city, region: row.region, postcode: row.postcode, country: row.country },
    currency: row.currency,
    documentLanguage: row.documentLocale,
    status: row.status,
    closedAt: row.closedAt?.toISOString() ?? null,
    seatLimit: row.seatLimit,
    owner: row.owner,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One page of accounts, newest first, filtered by status and by a legal name or owner email containing `q`. */
export async function listAccountsForProvider({ status, q, cursor, limit }: z.output<typeof ZListAccountsQuery>) {
  const rows = await db.clientAccount.findMany({
    where: {
      ...(status ? { status } : {}),
      ...(q ? { OR: [{ legalName: containsText(q) }, { owner: { email: containsText(q) } }] } : {}),
      ...(cursor ? { id: { lt: cursor } } : {}),
    },
    select: ACCOUNT,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  return idPage(rows, limit, accountBody);
}

/** The member's access as the API names it: the owner, a built-in profile, a named profile of the account, or a custom set. */
function accessBody(member: { userId: string; builtInProfile: string | null; profile: { id: string; name: string; permissions: string[] } | null; customPermissions: string[] }, ownerId: string) {
  if (member.userId === ownerId) return { kind: "owner" as const };
  if (member.builtInProfile) return { kind: "built-in" as const, profile: member.builtInProfile };
  if (member.profile) return { kind: "named" as const, profileId: member.profile.id, name: member.profile.name, permissions: member.profile.permissions };
  return { kind: "custom" as const, permissions: member.customPermissions };
}

/** One account with its members and their access; null when there is no such id. */
export async function accountForProvider(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.clientAccount.findUnique({
    where: { id },
    select: {
      ...ACCOUNT,
      memberships: {
        select: { userId: true, builtInProfile: true, customPermissions: true, createdAt: true, user: { select: { email: true, name: true } }, profile: { select: { id: true, name: true, permissions: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!row) return null;
  return {
    ...accountBody(row),
    members: row.memberships.map((member) => ({
      userId: member.userId,
      email: member.user.email,
      name: member.user.name,
      access: accessBody(member, row.owner.id),
      joinedAt: member.createdAt.toISOString(),
    })),
  };
}
