import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createAccount } from "@/lib/accounts/create-account";
import type { TAccountDetails } from "@/lib/accounts/schemas";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadAccountAccess, type AccountAccess } from "@/lib/permissions/account-access";
import type { BuiltInProfile } from "@/lib/permissions/built-in-profiles";
import type { PermissionKey } from "@/lib/permissions/catalog";
import { testClient } from "./sessions";
import { createUser } from "./users";

type FactoryUser = { id: string; email: string; name: string; locale: string; timeZone?: string; twoFactorEnabledAt?: Date | null };

export function accountDetails(overrides: Partial<TAccountDetails> = {}): TAccountDetails {
  return {
    kind: "COMPANY",
    legalName: `Empresa ${randomBytes(3).toString("hex")}, S.A.`,
    taxId: "B12345678",
    addressLine1: "Calle Mayor 1",
    addressLine2: null,
    city: "Madrid",
    region: null,
    postcode: "28013",
    country: "ES",
    currency: "EUR",
    documentLocale: "en",
    ...overrides,
  };
}

/** The signed-in user as server code sees it (getCurrentUser), for a factory user. */
export function currentUser(user: FactoryUser, sessionId = "test-session"): CurrentUser {
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, timeZone: user.timeZone ?? "UTC", twoFactorEnabled: !!user.twoFactorEnabledAt, sessionId };
}

/** A client account created the way the app creates it (owner, owner's membership, activity). */
export async function createAccountWithOwner(options: { owner?: FactoryUser; details?: Partial<TAccountDetails> } = {}) {
  const owner = options.owner ?? (await createUser({ name: "Owner Person" }));
  const { id } = await createAccount(owner, accountDetails(options.details), testClient());
  const account = await db.clientAccount.findUniqueOrThrow({ where: { id } });
  return { account, owner };
}

export type MemberGrant = { builtInProfile: BuiltInProfile } | { profileId: string } | { customPermissions: (PermissionKey | string)[] } | Record<string, never>;

/** A member straight in the database; a fresh user unless one is given. `{}` gives no grant at all. */
export async function addMember(accountId: string, grant: MemberGrant, options: { user?: FactoryUser; name?: string } = {}) {
  const user = options.user ?? (await createUser({ name: options.name ?? "Member Person" }));
  const membership = await db.membership.create({
    data: {
      accountId,
      userId: user.id,
      builtInProfile: "builtInProfile" in grant ? grant.builtInProfile : null,
      profileId: "profileId" in grant ? grant.profileId : null,
      customPermissions: "customPermissions" in grant ? grant.customPermissions : [],
    },
  });
  return { user, membership };
}

/** An account's named profile (any keys, even unknown ones, as the database could hold them). */
export function createNamedProfile(accountId: string, permissions: (PermissionKey | string)[], name = `Profile ${randomBytes(3).toString("hex")}`) {
  return db.accountProfile.create({ data: { accountId, name, permissions } });
}

/** The user's access to the account, as loaded on a request; fails when there is none. */
export async function accessFor(user: FactoryUser, accountId: string): Promise<AccountAccess> {
  const access = await loadAccountAccess(currentUser(user), accountId);
  if (!access) throw new Error(`${user.email} has no access to account ${accountId}`);
  return access;
}
