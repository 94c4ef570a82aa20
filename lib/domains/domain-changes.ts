import "server-only";
import { recordActivity } from "@/lib/audit/record-activity";
import type { Domain, Prisma } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { asRegistrarStep, registrarFor } from "@/lib/registrars/registry";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { registrantRecord } from "./registrant-record";

/**
 * The writes a domain change makes, with its activity event, shared by the members' actions
 * (lib/domains/manage-domains.ts) and the provider's API (lib/domains/provider-domains.ts):
 * the rules are checked by the caller; the registrar is told first (its driver), then the row
 * and its event are written here, once. A registrar that refuses leaves nothing changed.
 * `actorId` null is the provider.
 */
export type DomainChangeActor = { actorId: string | null; client: Pick<ClientInfo, "ip"> | null };

function event(actor: DomainChangeActor, domain: Pick<Domain, "id" | "accountId">) {
  return { accountId: domain.accountId, actorId: actor.actorId, subjectId: domain.id, client: actor.client };
}

/** The provider (no actor) is named in the sentence: "Your provider changed the nameservers…", not "System". */
function by(actor: DomainChangeActor) {
  return actor.actorId === null ? { by: "provider" } : {};
}

export async function writeNameservers(tx: Prisma.TransactionClient, actor: DomainChangeActor, domain: Domain, hosts: string[]): Promise<void> {
  await asRegistrarStep(registrarFor(domain.registrar).setNameservers(tx, domain.name, hosts));
  await tx.domain.update({ where: { id: domain.id }, data: { nameservers: hosts } });
  await recordActivity(tx, { ...event(actor, domain), kind: "domain.nameservers_changed", details: { domain: domain.name, before: domain.nameservers, after: hosts, ...by(actor) } });
  await emitDomainUpdated(tx, domain, "nameservers");
}

/** domain.updated for the provider's webhooks, in the change's transaction, whoever made it. */
export function emitDomainUpdated(tx: Prisma.TransactionClient, domain: Pick<Domain, "id" | "accountId" | "name">, change: string): Promise<void> {
  return emitWebhookEvent(tx, { type: "domain.updated", data: { accountId: domain.accountId, domainId: domain.id, domain: domain.name, change } });
}

/** The registrant: a contact of the domain's account (the caller found it inside that account), or null for the account itself. */
export async function writeRegistrant(
  tx: Prisma.TransactionClient,
  actor: DomainChangeActor,
  domain: Domain,
  contact: { id: string; firstName: string; lastName: string; company: string | null; email: string; country: string } | null,
): Promise<void> {
  if (domain.registrantContactId === (contact?.id ?? null)) return;
  await asRegistrarStep(registrarFor(domain.registrar).setRegistrant(tx, domain.name, await registrantRecord(tx, domain.accountId, contact)));
  const before = domain.registrantContactId ? await tx.contact.findUnique({ where: { id: domain.registrantContactId }, select: { firstName: true, lastName: true } }) : null;
  await tx.domain.update({ where: { id: domain.id }, data: { registrantContactId: contact?.id ?? null } });
  await recordActivity(tx, {
    ...event(actor, domain),
    kind: "domain.registrant_changed",
    details: {
      ...by(actor),
      domain: domain.name,
      before: before ? `${before.firstName} ${before.lastName}` : null,
      ...(contact ? { after: `${contact.firstName} ${contact.lastName}`, email: contact.email } : { after: null, toAccount: true }),
    },
  });
  await emitDomainUpdated(tx, domain, "registrant");
}
