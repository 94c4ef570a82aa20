import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVITY_KINDS, type ActivityKind } from "./record-activity";
import { isUuid } from "@/lib/ids";
import { profileNamesFor } from "./activity-profile-names";

export const ACTIVITY_PAGE_SIZE = 25;

export type ActivityFilter = { memberId?: string; kind?: string; before?: string };

/**
 * One page of an account's activity, newest first. Ids are UUIDv7 (time-ordered), so the
 * cursor is the last id shown: stable while new events arrive. A filter value that is not
 * valid is ignored rather than failing the page. With the page come the names of the named
 * profiles its events' grants point at, which the sentences need.
 */
export async function listActivity(accountId: string, filter: ActivityFilter) {
  const where: Prisma.ActivityEventWhereInput = { accountId };
  if (filter.memberId && isUuid(filter.memberId)) where.OR = [{ actorId: filter.memberId }, { subjectId: filter.memberId }];
  if (filter.kind && (ACTIVITY_KINDS as readonly string[]).includes(filter.kind)) where.kind = filter.kind as ActivityKind;
  const isFirstPage = !(filter.before && isUuid(filter.before));
  if (!isFirstPage) where.id = { lt: filter.before };

  const rows = await db.activityEvent.findMany({
    where,
    orderBy: { id: "desc" },
    take: ACTIVITY_PAGE_SIZE + 1,
    select: { id: true, kind: true, ip: true, details: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
  const events = rows.slice(0, ACTIVITY_PAGE_SIZE);
  const profileNames = await profileNamesFor(accountId, events);
  return { events, nextCursor: rows.length > ACTIVITY_PAGE_SIZE ? events.at(-1)!.id : null, isFirstPage, profileNames };
}

