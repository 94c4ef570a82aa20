import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { asRegistrarStep, registrarFor } from "@/lib/registrars/registry";
import { findManageableDomain } from "./find-domain";

/**
 * The transfer (EPP auth) code: whoever holds it can move the domain to another registrar.
 * The registrar keeps it (the demo registrar encrypted, made on the first request); the client
 * area asks for it on each reveal, returns it only to the caller and logs every reveal.
 *
 * A locked domain refuses: registries reject a transfer while the registrar lock is on, so
 * the member unlocks first (itself logged). Two deliberate steps stop a single mistaken or
 * hijacked click from both exposing the code and leaving the domain transferable.
 */
export async function revealTransferCode(actor: Pick<AccountAccess, "account" | "user">, domainId: string, client: ClientInfo): Promise<string> {
  return db.$transaction(async (tx) => {
    const domain = await findManageableDomain(tx, actor.account.id, domainId);
    if (domain.locked) throw new UserError("domainLockedForTransfer", { domain: domain.name });
    const code = await asRegistrarStep(registrarFor(domain.registrar).transferCode(tx, domain.name));
    await recordActivity(tx, { accountId: actor.account.id, actorId: actor.user.id, subjectId: domain.id, client, kind: "domain.transfer_code_revealed", details: { domain: domain.name } });
    return code;
  });
}
