import "server-only";
import { db } from "@/lib/db";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import type { ClientInfo } from "@/lib/http/client-info";
import type { AccountAccess } from "@/lib/permissions/account-access";
import { asRegistrarStep, registrarFor } from "@/lib/registrars/registry";
import { emitDomainUpdated, writeNameservers, writeRegistrant } from "./domain-changes";
import { findManageableDomain } from "./find-domain";
import { parseNameservers } from "./nameservers";

type Actor = Pick<AccountAccess, "account" | "user">;

/** Each change is one transaction with its activity event; the event names the domain. */
function event(actor: Actor, client: ClientInfo, domain: { id: string; name: string }) {
  return { accountId: actor.account.id, actorId: actor.user.id, subjectId: domain.id, client };
}

/** Replaces the nameservers; a bad list is refused naming its line, before anything is read or written. */
export async function changeNameservers(actor: Actor, domainId: string, text: string, client: ClientInfo): Promise<string[]> {
  const parsed = parseNameservers(text);
  if (!parsed.ok) throw new UserError(parsed.reason, parsed.values);
  return db.$transaction(async (tx) => {
    const domain = await findManageableDomain(tx, actor.account.id, domainId);
    await writeNameservers(tx, { actorId: actor.user.id, client }, domain, parsed.hosts);
    return parsed.hosts;
  });
}

/** The domain's two switches and the activity kind each writes. */
const SWITCH_KINDS = { locked: "domain.lock_changed", autoRenew: "domain.auto_renew_changed" } as const;
export type DomainSwitch = keyof typeof SWITCH_KINDS;

/**
 * Turns a switch on or off: the registrar lock (which stops transfers) or auto-renew. The
 * state asked for, not a toggle, so a double submit cannot flip it back; asking for the
 * current state writes nothing.
 */
export async function setDomainSwitch(actor: Actor, domainId: string, change: { setting: DomainSwitch; on: boolean }, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const domain = await findManageableDomain(tx, actor.account.id, domainId);
    if (domain[change.setting] === change.on) return;
    // The lock is the registrar's (it refuses transfers while on); auto-renew is ours, for billing.
    if (change.setting === "locked") await asRegistrarStep(registrarFor(domain.registrar).setLock(tx, domain.name, change.on));
    await tx.domain.update({ where: { id: domain.id }, data: { [change.setting]: change.on } });
    await recordActivity(tx, { ...event(actor, client, domain), kind: SWITCH_KINDS[change.setting], details: { domain: domain.name, [change.setting]: change.on } });
    await emitDomainUpdated(tx, domain, change.setting);
  });
}

/**
 * Makes a contact of the same account the registrant. The contact is looked up inside the
 * account: another account's contact id is "not found", so nobody can name a stranger's
 * person (and their address) as the legal holder of a domain.
 */
export async function changeRegistrant(actor: Actor, domainId: string, contactId: string, client: ClientInfo): Promise<void> {
  await db.$transaction(async (tx) => {
    const domain = await findManageableDomain(tx, actor.account.id, domainId);
    const contact = await tx.contact.findFirst({ where: { id: contactId, accountId: actor.account.id }, select: { id: true, firstName: true, lastName: true, company: true, email: true, country: true } });
    if (!contact) throw new UserError("notFound");
    await writeRegistrant(tx, { actorId: actor.user.id, client }, domain, contact);
  });
}
