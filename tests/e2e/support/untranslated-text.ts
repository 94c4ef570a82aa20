import { PSEUDO_CLOSE, PSEUDO_OPEN } from "../../../lib/i18n/pseudo";

/**
 * What a page in the pseudo-language shows that came from neither the catalog nor the data.
 * Catalog text arrives accented and in ⟦ ⟧ (lib/i18n/pseudo.ts), so after removing those
 * spans, any plain-ASCII word left must be a word of the page's data (names, products,
 * numbers, as stored), or of what Intl writes (months, zones, countries). Anything else was
 * written straight into a component, or built by hand around a message.
 */
const INNERMOST_SPAN = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, "g");
const ASCII_WORD = /[A-Za-z]{2,}/g;

export function withoutCatalogText(text: string): string {
  let rest = text;
  for (let previous = ""; previous !== rest; ) [previous, rest] = [rest, rest.replace(INNERMOST_SPAN, " ")];
  return rest;
}

export function asciiWords(text: string): string[] {
  return text.match(ASCII_WORD) ?? [];
}

/** Each text whose leftover has a word that is not allowed, with those words. */
export function untranslatedTexts(texts: readonly string[], allowedWords: ReadonlySet<string>): { text: string; words: string[] }[] {
  return texts.flatMap((text) => {
    const leftover = withoutCatalogText(text);
    const words = asciiWords(leftover).filter((word) => !allowedWords.has(word));
    const halfSpan = leftover.includes(PSEUDO_OPEN) || leftover.includes(PSEUDO_CLOSE);
    return words.length || halfSpan ? [{ text, words: halfSpan ? [...words, "(a message cut in two)"] : words }] : [];
  });
}

/** The words Intl writes in English for dates, times and zones, the region names, and the "and"/"or" of its lists. */
export function intlWords(timeZones: readonly string[]): Set<string> {
  const samples: string[] = [];
  for (let month = 0; month < 12; month++) {
    for (const [timeZone, hour] of timeZones.flatMap((zone) => [[zone, 3], [zone, 15]] as const)) {
      const date = new Date(Date.UTC(2026, month, 1 + month, hour));
      for (const options of [{ month: "long" }, { month: "short" }, { weekday: "long" }, { weekday: "short" }, { hour: "numeric", timeZoneName: "short" }, { hour: "numeric", timeZoneName: "long" }] as const) {
        samples.push(new Intl.DateTimeFormat("en", { ...options, timeZone }).format(date));
      }
    }
  }
  // Lists (the activity log's changed fields, nameservers) are joined by Intl.ListFormat, which the catalog does not write.
  for (const type of ["conjunction", "disjunction"] as const) samples.push(new Intl.ListFormat("en", { type }).format(["1", "2", "3"]));
  const regions = new Intl.DisplayNames("en", { type: "region" });
  for (const first of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") for (const second of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") samples.push(regions.of(first + second) ?? "");
  return new Set(samples.flatMap(asciiWords));
}
