import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";
import type { Json } from "./merge-catalog";

/**
 * A pseudo-language for tests only: English with every letter accented and each message in
 * ⟦ ⟧, so a page rendered in it shows at a glance (and to tests/e2e/pseudo-locale.spec.ts)
 * any text that did not come from the catalog. It exists only when the server runs with
 * PSEUDO_LOCALE=on (the e2e run does); a person can never pick it.
 */
export const PSEUDO_LOCALE = "en-XA";
export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

export function isPseudoLocale(value: unknown): value is typeof PSEUDO_LOCALE {
  return value === PSEUDO_LOCALE && process.env.PSEUDO_LOCALE === "on";
}

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = "áƀçðéƒĝĥíĵķľɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĽṀÑÓÞǪŔŠŢÚṼŴẊÝŽ";
const ACCENT_OF = new Map([...PLAIN].map((letter, i) => [letter, [...ACCENTED][i]!]));

/** Every ASCII letter accented: no word of pseudo text is a plain-ASCII word. */
export function accent(text: string): string {
  return [...text].map((char) => ACCENT_OF.get(char) ?? char).join("");
}

/** Accents the message's own words; arguments, plural and select keys and tag names stay as they are. */
function accentElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: accentElements(element.children) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: accentElements(option.value) }]));
      return { ...element, options };
    }
    return element;
  });
}

export function pseudoMessage(message: string): string {
  return `${PSEUDO_OPEN}${printAST(accentElements(parse(message)))}${PSEUDO_CLOSE}`;
}

export function pseudoCatalog(catalog: Json): Json {
  return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, typeof value === "string" ? pseudoMessage(value) : pseudoCatalog(value)]));
}
