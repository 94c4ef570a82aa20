import type { BuiltInProfile } from "./built-in-profiles";

/** What a member is, for showing: owner, a built-in profile, a named profile, or a custom set. */
export type ProfileRef = { type: "owner" } | { type: "built-in"; id: BuiltInProfile } | { type: "named"; name: string } | { type: "custom" };

export function profileRef(member: { isOwner: boolean; builtInProfile: BuiltInProfile | null; profileName: string | null }): ProfileRef {
  if (member.isOwner) return { type: "owner" };
  if (member.builtInProfile) return { type: "built-in", id: member.builtInProfile };
  if (member.profileName) return { type: "named", name: member.profileName };
  return { type: "custom" };
}
