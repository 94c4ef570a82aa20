/**
 * Postcodes of the countries whose format is fixed, checked and written the way the national post
 * writes them (issue 18, item 2). Formats: Universal Postal Union, "Addressing S42" country
 * sheets, and each post's own rules (Correos, Deutsche Post, Poste Italiane, La Poste, CTT,
 * PostNL, Österreichische Post, bpost, POST Luxembourg, Poczta Polska).
 *
 * A small table rather than a package: eight to ten patterns are easier to read and review than
 * a dependency, and Spain's province check (below) is not in the general packages anyway.
 * A country not in the table is not checked beyond "not empty": many countries have no postcode
 * or one whose format varies, and refusing a real address is worse than accepting an odd one.
 */
export type PostcodeProblem = "required" | "badFormat" | "unknownProvince";

export type PostcodeCheck = { valid: true; normalized: string; checked: boolean } | { valid: false; reason: PostcodeProblem };

type PostcodeRule = {
  /** A real postcode in the post's own writing, for the form's hint and its error message. */
  example: string;
  /** Matched against the compact form: upper case, spaces and hyphens removed. */
  pattern: RegExp;
  /** How the post writes it, from the compact form. */
  format?: (compact: string) => string;
  /** A further check on the compact form, when the pattern alone lets impossible codes through. */
  extra?: (compact: string) => PostcodeProblem | null;
};

const POSTCODE_RULES: Record<string, PostcodeRule> = {
  // Five digits; the first two are the province, 01 (Álava) to 52 (Melilla), in alphabetical
  // order of the provinces' old names. 00 and 53–99 are not given.
  ES: { example: "28001", pattern: /^\d{5}$/, extra: (code) => (Number(code.slice(0, 2)) >= 1 && Number(code.slice(0, 2)) <= 52 ? null : "unknownProvince") },
  // Five digits, 01001 to 99998: no postcode area starts with 00.
  DE: { example: "10115", pattern: /^(?!00)\d{5}$/ },
  IT: { example: "00184", pattern: /^\d{5}$/ },
  // Five digits, 01000 to 98999 (Corsica 20xxx, overseas 97xxx/98xxx).
  FR: { example: "75008", pattern: /^(?!00)\d{5}$/ },
  // Four digits, a hyphen, three digits: "1000-001".
  PT: { example: "1000-001", pattern: /^[1-9]\d{6}$/, format: (code) => `${code.slice(0, 4)}-${code.slice(4)}` },
  // Four digits (not starting with 0), a space, two letters; SA, SD and SS are never issued.
  NL: { example: "1012 AB", pattern: /^[1-9]\d{3}(?!SA|SD|SS)[A-Z]{2}$/, format: (code) => `${code.slice(0, 4)} ${code.slice(4)}` },
  AT: { example: "1010", pattern: /^[1-9]\d{3}$/ },
  BE: { example: "1000", pattern: /^[1-9]\d{3}$/ },
  // Four digits; letters often put "L-" in front, which is the country, not the code.
  LU: { example: "1009", pattern: /^\d{4}$/ },
  // Two digits, a hyphen, three digits: "00-950".
  PL: { example: "00-950", pattern: /^\d{5}$/, format: (code) => `${code.slice(0, 2)}-${code.slice(2)}` },
};

/** The countries whose postcodes are checked, so a form can tell the customer which format it expects. */
export const CHECKED_POSTCODE_COUNTRIES = Object.keys(POSTCODE_RULES);

/** A postcode of `country` as its post writes it, to show the expected format; null where it is not checked. */
export function postcodeExample(country: string): string | null {
  return POSTCODE_RULES[country]?.example ?? null;
}

export function checkPostcode(postcode: string, country: string): PostcodeCheck {
  const trimmed = postcode.trim().replace(/\s+/g, " ");
  if (!trimmed) return { valid: false, reason: "required" };
  const rule = POSTCODE_RULES[country];
  if (!rule) return { valid: true, normalized: trimmed, checked: false };

  let compact = trimmed.toUpperCase().replace(/[\s-]/g, "");
  if (country === "LU" && compact.startsWith("L")) compact = compact.slice(1);
  if (!rule.pattern.test(compact)) return { valid: false, reason: "badFormat" };
  const problem = rule.extra?.(compact) ?? null;
  if (problem) return { valid: false, reason: problem };
  return { valid: true, normalized: rule.format ? rule.format(compact) : compact, checked: true };
}
