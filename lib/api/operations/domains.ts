import { z } from "zod";
import { DOMAIN_STATUSES, ZCreateDomain, ZListDomainsQuery, ZUpdateDomain } from "@/lib/domains/provider-domain-schemas";
import { defineOperation } from "../operation";
import { ZId, ZPage, ZTimestamp } from "./common";

/** Domains: what /api/v1 takes and answers. */

export const ZApiDomain = z
  .object({
    id: ZId,
    accountId: ZId,
    name: z.string(),
    status: z.enum(DOMAIN_STATUSES),
    registeredAt: ZTimestamp,
    expiresAt: ZTimestamp,
    autoRenew: z.boolean(),
    locked: z.boolean().meta({ description: "The registrar lock the members switch; on for a new domain." }),
    nameservers: z.array(z.string()),
    registrantContactId: ZId.nullable().meta({ description: "The contact registered as holder; null: the account itself." }),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: "Domain" });

const ZDomainPath = z.strictObject({ domainId: ZId });

export const createDomain = defineOperation({
  operationId: "createDomain",
  method: "POST",
  path: "/accounts/{accountId}/domains",
  tag: "Domains",
  summary: "Add a domain to an account",
  description: "A name is in the client area once (409 when taken). The registrant is the account itself or one of its contacts (another account's contact: 422). A closed account answers 409.",
  scope: "domains:write",
  params: z.strictObject({ accountId: ZId }),
  body: ZCreateDomain,
  idempotent: true,
  response: { status: 201, schema: ZApiDomain },
  problems: ["not-found", "conflict"],
});

export const listDomains = defineOperation({
  operationId: "listDomains",
  method: "GET",
  path: "/domains",
  tag: "Domains",
  summary: "List domains",
  description: "Every account's domains, newest first; filtered by account, status and a part of the name (`q`, taken literally).",
  scope: "domains:read",
  query: ZListDomainsQuery,
  response: { status: 200, schema: ZPage(ZApiDomain) },
});

export const getDomain = defineOperation({
  operationId: "getDomain",
  method: "GET",
  path: "/domains/{domainId}",
  tag: "Domains",
  summary: "Get a domain",
  scope: "domains:read",
  params: ZDomainPath,
  response: { status: 200, schema: ZApiDomain },
  problems: ["not-found"],
});

export const updateDomain = defineOperation({
  operationId: "updateDomain",
  method: "PATCH",
  path: "/domains/{domainId}",
  tag: "Domains",
  summary: "Change a domain's expiry date, status, nameservers or registrant",
  description: "Status and expiry apply first; nameservers and registrant follow the members' rules: a domain that is expired, cancelled or transferred away takes no such change (409).",
  scope: "domains:write",
  params: ZDomainPath,
  body: ZUpdateDomain,
  response: { status: 200, schema: ZApiDomain },
  problems: ["not-found", "conflict"],
});
