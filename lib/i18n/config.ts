/**
 * Languages the app is translated into. The first is the fallback. Adding one: copy
 * lib/i18n/messages/en.json and en/ to the new code, translate them, add the code here;
 * TypeScript then asks for its line in lib/i18n/catalogs.ts (see README, Languages).
 */
export const locales = ["en", "es", "de", "it"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The cookie that keeps the language a signed-out visitor picked. */
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A language named in itself ("Español", "Deutsch"), as a language picker offers it. */
export function languageName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
