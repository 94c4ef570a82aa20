/**
 * Nameserver host names as a registry accepts them: typed one per line (or separated by
 * commas or spaces), lower-cased, 2 to 13 of them, each a host name of at least two labels,
 * labels of 1-63 letters, digits and hyphens that neither start nor end with a hyphen, 253
 * characters at most, no host twice. Pure, so the form's rules are unit-tested without a
 * database. A rejected list names the line that is wrong, so the member can fix that line.
 */

export const MIN_NAMESERVERS = 2;
export const MAX_NAMESERVERS = 13;
const MAX_HOST_LENGTH = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type NameserverProblem =
  | { reason: "nameserversTooFew"; values: { min: number } }
  | { reason: "nameserversTooMany"; values: { max: number; count: number } }
  | { reason: "nameserverInvalid"; values: { line: number; host: string } }
  | { reason: "nameserverDuplicate"; values: { line: number; host: string } };

export type NameserverParse = { ok: true; hosts: string[] } | ({ ok: false } & NameserverProblem);

/** Whether one (already lower-cased) name is a valid host name for a nameserver. */
export function isValidHostName(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  const labels = host.split(".");
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

/** The list as typed; a trailing dot (the fully qualified form) is accepted and dropped. */
export function parseNameservers(text: string): NameserverParse {
  const hosts = text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/\.$/, ""))
    .filter(Boolean);
  if (hosts.length < MIN_NAMESERVERS) return { ok: false, reason: "nameserversTooFew", values: { min: MIN_NAMESERVERS } };
  if (hosts.length > MAX_NAMESERVERS) return { ok: false, reason: "nameserversTooMany", values: { max: MAX_NAMESERVERS, count: hosts.length } };
  const seen = new Set<string>();
  for (const [index, host] of hosts.entries()) {
    // The host is echoed in the message: cut short so a pasted essay does not fill the page.
    if (!isValidHostName(host)) return { ok: false, reason: "nameserverInvalid", values: { line: index + 1, host: host.slice(0, 80) } };
    if (seen.has(host)) return { ok: false, reason: "nameserverDuplicate", values: { line: index + 1, host } };
    seen.add(host);
  }
  return { ok: true, hosts };
}
