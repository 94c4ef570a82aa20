import { translatorFor } from "@/lib/i18n/messages";

/**
 * The app's English catalog looked up by a key known only at run time (`errors.<code>`,
 * `validation.<key>`): the API speaks English to the provider's developers, and the domain
 * functions name their messages by catalog key.
 */
export type EnglishCatalog = { has(key: string): boolean; (key: string, values?: Record<string, string | number>): string };

export function englishCatalog(): EnglishCatalog {
  return translatorFor("en") as unknown as EnglishCatalog;
}
