import "server-only";
import { UserError } from "@/lib/errors/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";

type Status = "ACTIVE" | "SUSPENDED" | "CLOSED";

/**
 * The account's row held still for a change of its state or details (by the provider or a
 * member), or null when there is no such account. A closed account takes no change (a
 * UserError: 409 at the API).
 */
export async function lockOpenAccount(tx: Prisma.TransactionClient, accountId: string): Promise<{ status: Exclude<Status, "CLOSED">; seatLimit: number | null } | null> {
  const [row] = await tx.$queryRaw<{ status: Status; seatLimit: number | null }[]>`SELECT status::text AS status, "seatLimit" FROM "ClientAccount" WHERE id = ${accountId}::uuid FOR UPDATE`;
  if (!row) return null;
  if (row.status === "CLOSED") throw new UserError("accountClosed");
  return { status: row.status, seatLimit: row.seatLimit };
}
