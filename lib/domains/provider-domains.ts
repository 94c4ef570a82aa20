import "server-only";
import { asRegistrarStep, registrarFor } from "@/lib/registrars/registry";
import { registrantRecord } from "./registrant-record";
import type { z } from "zod";
import { db } from "@/lib/db";
import { idPage } from "@/lib/api/operations/common";
import { invalidField } from "@/lib/api/invalid-field";
import { ApiConflict, ApiNotFound } from "@/lib/api/problem";
import { recordActivity } from "@/lib/audit/record-activity";
import { UserError } from "@/lib/errors/user-error";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import type { Domain, Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/pagination/search";
import { emitDomainUpdated, writeNameservers, writeRegistrant, type DomainChangeActor } from "./domain-changes";
import { findManageableDomain } from "./find-domain";
import type { TCreateDomain, TUpdateDomain, ZListDomainsQuery } from "./provider-domain-schemas";

/**
 * Domains as the provider registers and changes them through its API, for every account.
 * Nameservers and registrant go through the same writes and rules as the members' actions
 * (a finished domain takes no changes; a registrant is a contact of the domain's own account).
 */

const PROVIDER: DomainChangeActor = { actorId: null, client: null };

export function domainBody(row: Domain) {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    status: row.status,
    registeredAt: row.registeredAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    autoRenew: row.autoRenew,
    locked: row.locked,
    nameservers: row.nameservers,
    registrantContactId: row.registrantContactId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The registrant named by the provider, looked up inside the domain's account: another account's contact is refused like a missing one. */
async function registrantOf(tx: Prisma.TransactionClient, accountId: string, contactId: string | null) {
  if (contactId === null) return null;
  const contact = await tx.contact.findFirst({ where: { id: contactId, accountId }, select: { id: true, firstName: true, lastName: true, company: true, email: true, country: true } });
  if (!contact) throw invalidField("registrantContactId", "Not a contact of this account.");
  return contact;
}

const TAKEN = "A domain with this name is already in the client area.";

export async function createDomainAsProvider(accountId: string, input: TCreateDomain) {
  try {
    return await db.$transaction(async (tx) => {
      const [account] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "ClientAccount" WHERE id = ${accountId}::uuid FOR SHARE`;
      if (!account) throw new ApiNotFound();
      if (account.status === "CLOSED") throw new ApiConflict("The account is closed: no domains can be added to it.");
      const registrant = await registrantOf(tx, accountId, input.registrantContactId);
      if (await tx.domain.findUnique({ where: { name: input.name }, select: { id: true } })) throw new ApiConflict(TAKEN);
      const domain = await tx.domain.create({
        data: {
          accountId,
          name: input.name,
          status: input.status,
          expiresAt: input.expiresAt,
          autoRenew: input.autoRenew,
          nameservers: input.nameservers ?? [],
          registrantContactId: registrant?.id ?? null,
          ...(input.registeredAt ? { registeredAt: input.registeredAt } : {}),
        },
      });
      await asRegistrarStep(
        registrarFor(domain.registrar).adopt(tx, { name: domain.name, expiresAt: domain.expiresAt, locked: domain.locked, nameservers: domain.nameservers, registrant: await registrantRecord(tx, accountId, registrant) }),
      );
      await recordActivity(tx, { accountId, actorId: null, kind: "domain.created", subjectId: domain.id, client: null, details: { domain: domain.name } });
      return domainBody(domain);
    });
  } catch (error) {
    // Two creations of one name at once: the unique index decides, the loser hears why.
    if (isUniqueViolation(error)) throw new ApiConflict(TAKEN);
    throw error;
  }
}

/**
 * Status and expiry first (a renewal may bring an expired domain back), then nameservers and
 * registrant under the members' rule that a finished domain takes no changes.
 */
export async function updateDomainAsProvider(domainId: string, input: TUpdateDomain) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Domain" WHERE id = ${domainId}::uuid FOR UPDATE`;
    let domain = await tx.domain.findUnique({ where: { id: domainId } });
    if (!domain) throw new ApiNotFound();
    const event = { accountId: domain.accountId, actorId: null, subjectId: domain.id, client: null };
    if (input.status && input.status !== domain.status) {
      await recordActivity(tx, { ...event, kind: "domain.status_changed", details: { domain: domain.name, before: domain.status, after: input.status } });
      domain = await tx.domain.update({ where: { id: domain.id }, data: { status: input.status } });
      await emitDomainUpdated(tx, domain, "status");
    }
    if (input.expiresAt && input.expiresAt.getTime() !== domain.expiresAt.getTime()) {
      await recordActivity(tx, { ...event, kind: "domain.expiry_changed", details: { domain: domain.name, before: domain.expiresAt.toISOString(), after: input.expiresAt.toISOString() } });
      domain = await tx.domain.update({ where: { id: domain.id }, data: { expiresAt: input.expiresAt } });
      await emitDomainUpdated(tx, domain, "expiry");
    }
    if (input.nameservers !== undefined || input.registrantContactId !== undefined) {
      const manageable = await findManageableDomain(tx, domain.accountId, domain.id).catch((error: unknown) => {
        if (error instanceof UserError) throw new ApiConflict(`The domain is ${domain!.status.toLowerCase().replace("_", " ")}: its nameservers and registrant can no longer be changed.`);
        throw error;
      });
      const unchanged = (hosts: string[]) => hosts.length === manageable.nameservers.length && hosts.every((host, i) => host === manageable.nameservers[i]);
      if (input.nameservers !== undefined && !unchanged(input.nameservers)) await writeNameservers(tx, PROVIDER, manageable, input.nameservers);
      if (input.registrantContactId !== undefined) {
        const current = await tx.domain.findUniqueOrThrow({ where: { id: domain.id } });
        await writeRegistrant(tx, PROVIDER, current, await registrantOf(tx, domain.accountId, input.registrantContactId));
      }
      domain = await tx.domain.findUniqueOrThrow({ where: { id: domain.id } });
    }
    return domainBody(domain);
  });
}

export async function getDomainAsProvider(domainId: string) {
  const domain = await db.domain.findUnique({ where: { id: domainId } });
  if (!domain) throw new ApiNotFound();
  return domainBody(domain);
}

/** Every account's domains, newest first, by account, status and a part of the name. */
export async function listDomainsAsProvider(query: z.output<typeof ZListDomainsQuery>) {
  const rows = await db.domain.findMany({
    where: { accountId: query.accountId, status: query.status, ...(query.q ? { name: containsText(query.q) } : {}), ...(query.cursor ? { id: { lt: query.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  return idPage(rows, query.limit, domainBody);
}
