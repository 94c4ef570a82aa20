import { z } from "zod";
import { ZListAccountsQuery } from "@/lib/accounts/provider-accounts";
import { defineOperation } from "../operation";
import { ZCreateAccountBody, ZSeatLimitBody, ZUpdateAccountBody } from "./account-bodies";
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
    status: z.enum(["ACTIVE", "SUSPENDED", "CLOSED"]),
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

export const createAccount = defineOperation({
  operationId: "createAccount",
  method: "POST",
  path: "/accounts",
  tag: "Accounts",
  summary: "Create a client account",
  description:
    "An owner email of an existing user makes that user the owner at once (emailed in their language). A new address gets a user that owns the account from the start and an email, in the account's document language, whose link confirms the address and sets the password; nobody signs in as that user before the address is confirmed.",
  scope: "accounts:write",
  body: ZCreateAccountBody,
  idempotent: true,
  response: { status: 201, schema: ZApiAccountWithMembers },
});

export const updateAccount = defineOperation({
  operationId: "updateAccount",
  method: "PATCH",
  path: "/accounts/{accountId}",
  tag: "Accounts",
  summary: "Change company details",
  description: "Only the fields given change (an address field alone too), with the rules of the account's settings form; the account's activity log lists the changed fields.",
  scope: "accounts:write",
  params: ZAccountPath,
  body: ZUpdateAccountBody,
  response: { status: 200, schema: ZApiAccountWithMembers },
  problems: ["conflict"],
});

export const suspendAccount = defineOperation({
  operationId: "suspendAccount",
  method: "POST",
  path: "/accounts/{accountId}/suspend",
  tag: "Accounts",
  summary: "Suspend a client account",
  description: "Members still sign in, see the account with a notice to contact you, view and pay invoices and use support; every other change is refused. 409 when already suspended or closed.",
  scope: "accounts:write",
  params: ZAccountPath,
  response: { status: 200, schema: ZApiAccountWithMembers },
  problems: ["conflict"],
});

export const reactivateAccount = defineOperation({
  operationId: "reactivateAccount",
  method: "POST",
  path: "/accounts/{accountId}/reactivate",
  tag: "Accounts",
  summary: "Lift a suspension",
  description: "409 when the account is not suspended.",
  scope: "accounts:write",
  params: ZAccountPath,
  response: { status: 200, schema: ZApiAccountWithMembers },
  problems: ["conflict"],
});

export const closeAccount = defineOperation({
  operationId: "closeAccount",
  method: "POST",
  path: "/accounts/{accountId}/close",
  tag: "Accounts",
  summary: "Close a client account",
  description: "As when the owner closes it: the data is kept, nobody can open the account any more, pending invitations and ownership offers end. 409 when already closed.",
  scope: "accounts:write",
  params: ZAccountPath,
  response: { status: 200, schema: ZApiAccountWithMembers },
  problems: ["conflict"],
});

export const setSeatLimit = defineOperation({
  operationId: "setSeatLimit",
  method: "PUT",
  path: "/accounts/{accountId}/seat-limit",
  tag: "Accounts",
  summary: "Set or lift the seat limit",
  description:
    "Seats count members using the account area at once, not members: a limit below the number of members (or of seats held now) is allowed; holders keep their seat until idle for 15 minutes, others wait for a free one.",
  scope: "accounts:write",
  params: ZAccountPath,
  body: ZSeatLimitBody,
  response: { status: 200, schema: ZApiAccountWithMembers },
  problems: ["conflict"],
});
