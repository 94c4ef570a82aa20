import { BUILT_IN_PROFILES, BUILT_IN_PROFILE_NAMES } from "./built-in-profiles";
import { OWNER_ONLY_ACTIONS, PERMISSION_KEYS, withImplied, type OwnerOnlyAction, type PermissionKey } from "./catalog";
import { knownKeys } from "./resolve";

/**
 * What a profile may and may not do, in the catalog's order, so the users page can say it in
 * words (each key's sentence under `permissions` in the message catalogs): everything the
 * profile holds, implied keys and the overview every member sees included, and everything
 * else; what only the owner may do is never part of a profile. Made from the same data the
 * permission check uses, so the words cannot drift from what is enforced.
 */
export type ProfileExplanation = { may: PermissionKey[]; mayNot: PermissionKey[]; ownerOnly: readonly OwnerOnlyAction[] };

export function explainKeys(keys: readonly string[]): ProfileExplanation {
  // A stored key the catalog no longer knows grants nothing, so it is not said either.
  const held = withImplied(knownKeys(keys));
  return { may: PERMISSION_KEYS.filter((key) => held.has(key)), mayNot: PERMISSION_KEYS.filter((key) => !held.has(key)), ownerOnly: OWNER_ONLY_ACTIONS };
}

export type ExplainedProfile = { id: string; kind: "built-in" | "named"; name: string | null; explanation: ProfileExplanation };

/** The built-in profiles, then the account's named ones, each explained. */
export function explainProfiles(named: readonly { id: string; name: string; permissions: readonly string[] }[]): ExplainedProfile[] {
  return [
    ...BUILT_IN_PROFILE_NAMES.map((id) => ({ id, kind: "built-in" as const, name: null, explanation: explainKeys(BUILT_IN_PROFILES[id]) })),
    ...named.map((profile) => ({ id: profile.id, kind: "named" as const, name: profile.name, explanation: explainKeys(profile.permissions) })),
  ];
}
