import { MAX_REGISTRATION_YEARS } from "../catalog/demo-catalog";

/**
 * A domain name as typed in the order page's search: trimmed, lower-cased, without a scheme,
 * "www." or a trailing dot. Pure, so its rules are unit-tested without a database.
 */
export function normalizeDomainName(typed: string): string {
  return typed
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/\/.*$/, "")
    .replace(/^www\./, "")
    .replace(/\.$/, "");
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether a normalized name can be registered at all: two labels or more, each 1-63 letters, digits and inner hyphens, 253 characters at most. */
export function isRegistrableName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split(".");
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]!);
}

export { MAX_REGISTRATION_YEARS };
