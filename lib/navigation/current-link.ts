/**
 * Which of a navigation's links is the page the person is on: the longest href that is the
 * path or one of its parents, so a record's page (/invoices/…) marks its section and the
 * overview (/accounts/…, the parent of every section) only marks itself. Null when no link
 * leads here: the header's links on an account page, for one.
 */
export function currentLink(pathname: string, hrefs: readonly string[]): string | null {
  let best: string | null = null;
  for (const href of hrefs) {
    const leadsHere = pathname === href || pathname.startsWith(`${href}/`);
    if (leadsHere && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
