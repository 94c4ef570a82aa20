import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { asDetails, nested, text } from "./activity-details";

/** The grants an event may hold: an invitation's, or a member's before and after a change. */
const GRANT_KEYS = ["grant", "before", "after"];

/**
 * The names of the account's named profiles that the events' grants point at, by id. A grant
 * stores only the profile's id, so the log shows the profile as it is named now; a profile
 * deleted since is absent and the sentence says so. Looked up inside the account only.
 */
export async function profileNamesFor(accountId: string, events: readonly { details: unknown }[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const event of events) {
    const details = asDetails(event.details);
    for (const key of GRANT_KEYS) {
      const id = text(nested(details, key) ?? {}, "profileId");
      if (id && isUuid(id)) ids.add(id);
    }
  }
  if (ids.size === 0) return new Map();
  const profiles = await db.accountProfile.findMany({ where: { accountId, id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(profiles.map((profile) => [profile.id, profile.name]));
}
