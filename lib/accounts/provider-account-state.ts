import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import { lockOpenAccount } from "./lock-open-account";

/**
 * The provider suspends an account (unpaid invoices, abuse): its members keep reading it,
 * paying and asking support, and every other change is refused (lib/permissions/account-state.ts).
 * False when there is no such account.
 */
export function suspendAccount(accountId: string): Promise<boolean> {
  return changeStatus(accountId, { from: "ACTIVE", to: "SUSPENDED", refusal: "accountAlreadySuspended", kind: "account.suspended" });
}

/** The provider lifts a suspension. False when there is no such account. */
export function reactivateAccount(accountId: string): Promise<boolean> {
  return changeStatus(accountId, { from: "SUSPENDED", to: "ACTIVE", refusal: "accountNotSuspended", kind: "account.reactivated" });
}

async function changeStatus(accountId: string, change: { from: "ACTIVE" | "SUSPENDED"; to: "ACTIVE" | "SUSPENDED"; refusal: string; kind: "account.suspended" | "account.reactivated" }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const account = await lockOpenAccount(tx, accountId);
    if (!account) return false;
    if (account.status !== change.from) throw new UserError(change.refusal);
    await tx.clientAccount.update({ where: { id: accountId }, data: { status: change.to } });
    // actorId null: the provider did it; the log says so in the reader's language.
    await recordActivity(tx, { accountId, actorId: null, kind: change.kind, client: null });
    return true;
  });
}

/**
 * The provider sets or lifts the seat limit. Seats count members using the account area at
 * once (lib/seats), not members, so a limit below the number of members is allowed, and is
 * the usual case; one below the seats held right now is allowed too: holders keep their seat
 * until they go idle (takeSeat lets a holder back in), newcomers wait for a free one. False
 * when there is no such account.
 */
export async function setSeatLimitAsProvider(accountId: string, seatLimit: number | null): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const account = await lockOpenAccount(tx, accountId);
    if (!account) return false;
    if (account.seatLimit === seatLimit) return true;
    await tx.clientAccount.update({ where: { id: accountId }, data: { seatLimit } });
    await recordActivity(tx, { accountId, actorId: null, kind: "seat.limit_changed", client: null, details: { before: account.seatLimit, after: seatLimit } });
    return true;
  });
}
