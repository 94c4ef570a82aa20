/**
 * Every shipped language has exactly the English catalog's keys, no empty text, the same ICU
 * arguments in every message (a translation cannot drop or rename {name}), and, for every
 * plural, the categories that language needs for the counts people see.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en/index";

type Json = { [key: string]: string | Json };

function flatten(catalog: Json, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === "string") entries.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) entries.set(inner, text);
  }
  return entries;
}

/** Argument name → kind ("argument", "number", "plural", "select", "tag"…), across the whole message. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, string>()): Map<string, string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.set(element.value, TYPE[element.type]);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
  }
  return found;
}

function pluralsOf(elements: MessageFormatElement[], found: { name: string; options: string[] }[] = []) {
  for (const element of elements) {
    if (element.type === TYPE.plural) found.push({ name: element.value, options: Object.keys(element.options) });
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) pluralsOf(option.value, found);
    if (element.type === TYPE.tag) pluralsOf(element.children, found);
  }
  return found;
}

/** The plural categories a count from 0 to 1,000 can fall in, in this language. */
function neededCategories(locale: string): string[] {
  const rules = new Intl.PluralRules(locale);
  return [...new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))];
}

const english = flatten(en as unknown as Json);

async function catalogOf(locale: string): Promise<Map<string, string>> {
  const loaded = (await import(`../../lib/i18n/messages/${locale}/index.ts`)) as { default: Json };
  return flatten(loaded.default);
}

describe.each([...locales])("the %s catalog", (locale) => {
  it("has exactly the English keys, none of them empty", async () => {
    const catalog = await catalogOf(locale);
    expect([...catalog.keys()].filter((key) => !english.has(key)), "keys English does not have").toEqual([]);
    expect([...english.keys()].filter((key) => !catalog.has(key)), "English keys it lacks").toEqual([]);
    expect([...catalog].filter(([, text]) => !text.trim()).map(([key]) => key), "empty texts").toEqual([]);
  });

  it("keeps every message's arguments, and the plural categories the language needs", async () => {
    const catalog = await catalogOf(locale);
    const needed = neededCategories(locale);
    const problems: string[] = [];
    for (const [key, text] of catalog) {
      const source = english.get(key);
      if (source === undefined) continue;
      let elements: MessageFormatElement[];
      try {
        elements = parse(text);
      } catch (error) {
        problems.push(`${key}: does not parse (${(error as Error).message})`);
        continue;
      }
      const expected = [...argumentsOf(parse(source))].sort();
      const actual = [...argumentsOf(elements)].sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${key}: arguments ${JSON.stringify(actual)}, English has ${JSON.stringify(expected)}`);
      for (const plural of pluralsOf(elements)) {
        const missing = needed.filter((category) => !plural.options.includes(category));
        if (missing.length) problems.push(`${key}: plural {${plural.name}} lacks ${missing.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
