import { BUILT_IN_PROFILES, type BuiltInProfile } from "./built-in-profiles";
import { PERMISSION_KEYS, isPermissionKey, withImplied, type PermissionKey } from "./catalog";

export type MembershipGrant = {
  builtInProfile: BuiltInProfile | null;
  /** The named profile's keys, when the member has one. */
  profilePermissions: string[] | null;
  customPermissions: string[];
};

/** Keys read from the database are filtered through the catalog: an unknown key grants nothing. */
export function knownKeys(keys: readonly string[]): PermissionKey[] {
  return keys.filter(isPermissionKey);
}

/**
 * A member's effective permissions: the owner holds every key; anyone else the keys of
 * their built-in profile, named profile or custom set, with what those imply. No grant at
 * all leaves account.view alone.
 */
export function resolvePermissions(grant: MembershipGrant, isOwner: boolean): Set<PermissionKey> {
  if (isOwner) return new Set(PERMISSION_KEYS);
  if (grant.builtInProfile) return withImplied(BUILT_IN_PROFILES[grant.builtInProfile]);
  if (grant.profilePermissions) return withImplied(knownKeys(grant.profilePermissions));
  return withImplied(knownKeys(grant.customPermissions));
}
