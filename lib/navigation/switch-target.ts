/**
 * Where the account switcher takes the person: the section they are in, in the other account,
 * when it is open to them there; else that account's overview. A record's page (one invoice)
 * leads to the section's list, since the record belongs to the account being left.
 */
export function switchTarget({ pathname, targetId, targetSections }: { pathname: string; targetId: string; targetSections: readonly string[] }): string {
  const section = /^\/accounts\/[^/]+\/([^/?#]+)/.exec(pathname)?.[1];
  return section && targetSections.includes(section) ? `/accounts/${targetId}/${section}` : `/accounts/${targetId}`;
}
