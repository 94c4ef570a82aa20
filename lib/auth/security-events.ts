import "server-only";
import { db } from "@/lib/db";
import type { Prisma, SecurityEventKind } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";

type Client = Prisma.TransactionClient | typeof db;

export const SECURITY_EVENTS_SHOWN = 50;

/** Records what happened to a user's sign-in or security settings, inside the caller's transaction when given one. */
export async function recordSecurityEvent(
  client: Client,
  event: { userId: string; kind: SecurityEventKind; from?: Pick<ClientInfo, "ip" | "device"> | null },
): Promise<void> {
  await client.securityEvent.create({
    data: { userId: event.userId, kind: event.kind, ip: event.from?.ip ?? null, device: event.from?.device ?? null },
  });
}

export function listSecurityEvents(userId: string) {
  return db.securityEvent.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SECURITY_EVENTS_SHOWN,
    select: { id: true, kind: true, ip: true, device: true, createdAt: true },
  });
}
