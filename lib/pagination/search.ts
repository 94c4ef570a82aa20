import { isSingleLinePlainText } from "@/lib/validation/plain-text";

/** A search longer than this is cut: no name or subject a person looks for is longer. */
const MAX_SEARCH_LENGTH = 100;

export type SearchTerm = { term: string | undefined; valid: boolean };

/**
 * The `?q=` of a list: trimmed, cut to length, empty meaning no search. Control characters
 * and bidi overrides are refused as on every text field (`valid: false`; the list then shows
 * nothing and the search box says why).
 */
export function parseSearch(value: string | string[] | undefined): SearchTerm {
  const raw = typeof value === "string" ? value.trim().slice(0, MAX_SEARCH_LENGTH) : "";
  if (!raw) return { term: undefined, valid: true };
  if (!isSingleLinePlainText(raw)) return { term: undefined, valid: false };
  return { term: raw, valid: true };
}

/**
 * A Prisma condition "contains the text, ignoring case". Prisma turns `contains` into
 * `ILIKE '%' || value || '%'` without escaping the value's own wildcards, so a typed `%` or `_`
 * would match everything; they (and the escape character) are escaped here so a person
 * typing `100%` finds literal "100%" (tests/integration/list-pagination.test.ts checks it).
 */
export function containsText(term: string) {
  return { contains: term.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
}
