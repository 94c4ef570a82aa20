import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { findManageableDomain } from "./find-domain";

// No look-alikes (0/O, 1/l/I), and symbols registries accept in an EPP auth code.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-+!";
const LENGTH = 16;

function newTransferCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/**
 * The transfer (EPP auth) code: whoever holds it can move the domain to another registrar,
 * so it is stored encrypted (a copy of the database alone does not give it away), created on
 * the first reveal, returned only to the caller and every reveal is in the activity log.
 *
 * A locked domain refuses: registries reject a transfer while the registrar lock is on, so
 * the member unlocks first (itself logged). Two deliberate steps stop a single mistaken or
 * hijacked click from both exposing the code and leaving the domain transferable.
 */
export async function revealTransferCode(actor: Pick<AccountAccess, "account" | "user">, domainId: string, client: ClientInfo): Promise<string> {
  return db.$transaction(async (tx) => {
    const domain = await findManageableDomain(tx, actor.account.id, domainId);
    if (domain.locked) throw new UserError("domainLockedForTransfer", { domain: domain.name });
    let code: string;
    if (domain.transferCode) {
      code = openSecret(domain.transferCode);
    } else {
      code = newTransferCode();
      // Only set when still empty: two first reveals at once agree on one code.
      const stored = await tx.domain.updateMany({ where: { id: domain.id, transferCode: null }, data: { transferCode: sealSecret(code) } });
      if (stored.count === 0) code = openSecret((await tx.domain.findUniqueOrThrow({ where: { id: domain.id }, select: { transferCode: true } })).transferCode!);
    }
    await recordActivity(tx, { accountId: actor.account.id, actorId: actor.user.id, subjectId: domain.id, client, kind: "domain.transfer_code_revealed", details: { domain: domain.name } });
    return code;
  });
}
