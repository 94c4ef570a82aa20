import { z } from "zod";
import { ZListAccountsQuery } from "@/lib/accounts/provider-accounts";
import { defineOperation } from "../operation";
import { ZId, ZPage, ZTimestamp } from "./common";

/** The provider's client accounts: what /api/v1/accounts takes and answers. */

export const ZApiAccount = z
  .object({
    id: ZId,
    kind: z.enum(["COMPANY", "PERSON"]),
    legalName: z.string(),
    taxId: z.string().nullable(),
    address: z.object({ line1: z.string(), line2: z.string().nullable(), city: z.string(), region: z.string().nullable(), postcode: z.string(), country: z.string().meta({ description: "ISO 3166-1 alpha-2" }) }),
    currency: z.string().meta({ description: "ISO 4217" }),
    documentLanguage: z.string().meta({ description: "The language of the account's invoices and invoice emails: en, es, de or it." }),
    status: z.enum(["ACTIVE", "CLOSED"]),
    closedAt: ZTimestamp.nullable(),
    seatLimit: z.number().int().nullable(),
    owner: z.object({ id: ZId, email: z.string(), name: z.string() }),
    createdAt: ZTimestamp,
  })
  .meta({ id: "Account" });

const ZMemberAccess = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("owner") }),
  z.object({ kind: z.literal("built-in"), profile: z.string() }),
  z.object({ kind: z.literal("named"), profileId: ZId, name: z.string(), permissions: z.array(z.string()) }),
  z.object({ kind: z.literal("custom"), permissions: z.array(z.string()) }),
]);

export const ZApiAccountWithMembers = ZApiAccount.extend({
  members: z.array(z.object({ userId: ZId, email: z.string(), name: z.string(), access: ZMemberAccess, joinedAt: ZTimestamp })),
}).meta({ id: "AccountWithMembers" });

const ZAccountPath = z.strictObject({ accountId: ZId });

export const listAccounts = defineOperation({
  operationId: "listAccounts",
  method: "GET",
  path: "/accounts",
  tag: "Accounts",
  summary: "List client accounts",
  description: "Newest first; filtered by status and by a legal name or owner email containing `q` (taken literally).",
  scope: "accounts:read",
  query: ZListAccountsQuery,
  response: { status: 200, schema: ZPage(ZApiAccount) },
});

export const getAccount = defineOperation({
  operationId: "getAccount",
  method: "GET",
  path: "/accounts/{accountId}",
  tag: "Accounts",
  summary: "Get a client account with its members and their access",
  scope: "accounts:read",
  params: ZAccountPath,
  response: { status: 200, schema: ZApiAccountWithMembers },
  problems: ["not-found"],
});
