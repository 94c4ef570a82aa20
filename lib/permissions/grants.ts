import { z } from "zod";
import { singleLineText } from "@/lib/validation/plain-text";
import { BUILT_IN_PROFILES, BUILT_IN_PROFILE_NAMES, type BuiltInProfile } from "./built-in-profiles";
import { isPermissionKey, withImplied, type PermissionKey } from "./catalog";
import { isUuid } from "@/lib/ids";

/**
 * What an owner or manager gives a member or an invitee: a built-in profile, one of the
 * account's named profiles, or a custom set of keys. Sent by forms as `profile`
 * ("BILLING", "named:<id>" or "custom") and `permissions` (comma-separated keys).
 */
export type Grant = { type: "built-in"; profile: BuiltInProfile } | { type: "named"; profileId: string } | { type: "custom"; permissions: PermissionKey[] };

export const ZPermissionList = z
  .string()
  .max(2000)
  .optional()
  .transform((value) => (value ? value.split(",").map((key) => key.trim()).filter(Boolean) : []))
  .refine((keys) => keys.every(isPermissionKey), { error: "permissionUnknown" })
  .transform((keys) => [...new Set(keys)] as PermissionKey[]);

export const ZGrantFields = {
  profile: singleLineText().min(1, { error: "profileRequired" }).max(80),
  permissions: ZPermissionList,
};

/** Turns the form's two fields into a Grant, or null when `profile` names nothing. */
export function toGrant(fields: { profile: string; permissions: PermissionKey[] }): Grant | null {
  if ((BUILT_IN_PROFILE_NAMES as string[]).includes(fields.profile)) return { type: "built-in", profile: fields.profile as BuiltInProfile };
  if (fields.profile === "custom") return { type: "custom", permissions: fields.permissions };
  const id = fields.profile.startsWith("named:") ? fields.profile.slice("named:".length) : "";
  return isUuid(id) ? { type: "named", profileId: id } : null;
}

/** The membership columns a grant is stored in. */
export function grantColumns(grant: Grant) {
  return {
    builtInProfile: grant.type === "built-in" ? grant.profile : null,
    profileId: grant.type === "named" ? grant.profileId : null,
    customPermissions: grant.type === "custom" ? grant.permissions : [],
  };
}

/** The keys a grant gives, with what they imply, given the named profile's keys when it is one. */
export function grantPermissions(grant: Grant, namedProfileKeys: PermissionKey[] | null): Set<PermissionKey> {
  if (grant.type === "built-in") return withImplied(BUILT_IN_PROFILES[grant.profile]);
  if (grant.type === "named") return withImplied(namedProfileKeys ?? []);
  return withImplied(grant.permissions);
}

export function isSubset(keys: Iterable<PermissionKey>, of: ReadonlySet<PermissionKey>): boolean {
  for (const key of keys) if (!of.has(key)) return false;
  return true;
}

/** The grant stored in a membership's or invitation's columns. */
export function grantFromColumns(row: { builtInProfile: BuiltInProfile | null; profileId: string | null; customPermissions: string[] }): Grant {
  if (row.builtInProfile) return { type: "built-in", profile: row.builtInProfile };
  if (row.profileId) return { type: "named", profileId: row.profileId };
  return { type: "custom", permissions: row.customPermissions.filter(isPermissionKey) };
}
