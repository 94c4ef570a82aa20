import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getCurrentSession, requireUser, userOfSession, type CurrentUser } from "@/lib/auth/current-user";
import { UserError } from "@/lib/errors/user-error";
import type { BuiltInProfile } from "./built-in-profiles";
import type { OwnerOnlyAction, PermissionKey } from "./catalog";
import { resolvePermissions } from "./resolve";
import { isUuid } from "@/lib/ids";
import { seatAdmission } from "@/lib/seats/admission";
import { Prisma } from "@/lib/generated/prisma/client";
import { membershipSelect, type MembershipRow } from "./membership-row";
import { annotateRequest } from "@/lib/observability/request-context";

export type AccountAccess = {
  user: CurrentUser;
  account: { id: string; legalName: string; currency: string; ownerId: string; documentLocale: string; suspended: boolean };
  membershipId: string;
  isOwner: boolean;
  builtInProfile: BuiltInProfile | null;
  profileName: string | null;
  permissions: ReadonlySet<PermissionKey>;
  /** The account's seat limit (null: none) and whether this session's seat was seen within the minute. */
  seat: { limit: number | null; seenRecently: boolean };
};

/**
 * A requirement of a page or action: a grantable key, or something only the owner may do;
 * a list means all of them (activating a contact as a user needs contacts.manage and users.manage);
 * `{ anyOf }` is met by holding one of the keys (the order pages: services.order or domains.order).
 */
export type Requirement = PermissionKey | OwnerOnlyAction | readonly (PermissionKey | OwnerOnlyAction)[] | { readonly anyOf: readonly PermissionKey[] };

/**
 * The current user's access to one account, memoized for the request. On a page or route of
 * the account it was read with the session itself, in the same statement (loadSession in
 * lib/auth/sessions.ts); anywhere else it takes one query. It is read on every
 * request, so a changed or removed membership takes effect on the member's next request.
 */
export const getAccountAccess = cache(async (accountId: string): Promise<AccountAccess | null> => {
  const session = await getCurrentSession();
  const user = userOfSession(session);
  if (!user || !isUuid(accountId)) return null;
  const loaded = session?.membership;
  if (loaded?.accountId === accountId) return loaded.row && toAccountAccess(user, loaded.row);
  return loadAccountAccess(user, accountId);
});

/** One statement: membership, profile, account and seat state (lib/permissions/membership-row.ts). */
export async function loadAccountAccess(user: CurrentUser, accountId: string): Promise<AccountAccess | null> {
  const [row] = await db.$queryRaw<MembershipRow[]>(membershipSelect(Prisma.sql`${user.id}::uuid`, isUuid(user.sessionId) ? Prisma.sql`${user.sessionId}::uuid` : Prisma.sql`NULL::uuid`, accountId));
  return row ? toAccountAccess(user, row) : null;
}

export function toAccountAccess(user: CurrentUser, row: MembershipRow): AccountAccess {
  // Every grant of access passes here: the request's log line names the account from now on.
  annotateRequest({ accountId: row.accountId });
  const isOwner = row.ownerId === user.id;
  const permissions = resolvePermissions({ builtInProfile: row.builtInProfile, profilePermissions: row.profilePermissions, customPermissions: row.customPermissions }, isOwner);
  return {
    user,
    account: { id: row.accountId, legalName: row.legalName, currency: row.currency, ownerId: row.ownerId, documentLocale: row.documentLocale, suspended: row.accountStatus === "SUSPENDED" },
    membershipId: row.membershipId,
    isOwner,
    builtInProfile: row.builtInProfile,
    profileName: row.profileName,
    permissions,
    seat: { limit: row.seatLimit, seenRecently: row.seatSeenRecently },
  };
}

/** Whether this access meets a requirement. Owner-only actions need the owner; unknown keys are denied. */
export function meets(access: Pick<AccountAccess, "isOwner" | "permissions">, requirement: Requirement): boolean {
  if (Array.isArray(requirement)) return requirement.every((single) => meets(access, single));
  if (typeof requirement === "object" && "anyOf" in requirement) return requirement.anyOf.some((key) => access.permissions.has(key));
  if (requirement === "ownership.transfer" || requirement === "account.close") return access.isOwner;
  return access.permissions.has(requirement as PermissionKey);
}

/**
 * For account-area pages: the access, or 404. A member without the page's permission gets
 * the same 404 as a stranger: nothing says the page exists for others. A member refused a
 * seat gets no page either, so none of its data is loaded or sent: the layout shows who holds
 * the seats instead (lib/seats/admission.ts).
 */
export async function requireAccountPage(accountId: string, requirement: Requirement): Promise<AccountAccess> {
  await requireUser(); // signed out: to sign-in and back, not a 404
  const access = await getAccountAccess(accountId);
  if (!access || !meets(access, requirement)) notFound();
  if (!(await seatAdmission(access)).admitted) notFound();
  return access;
}

/**
 * For account actions and route handlers: the access, or a UserError. Not a member (or no
 * such account) is "not found"; a member without the permission is "forbidden".
 */
export async function authorizeAccount(user: CurrentUser, accountId: string, requirement: Requirement): Promise<AccountAccess> {
  const access = isUuid(accountId) ? await loadAccountAccess(user, accountId) : null;
  if (!access) throw new UserError("notFound");
  if (!meets(access, requirement)) throw new UserError("forbidden");
  return access;
}
