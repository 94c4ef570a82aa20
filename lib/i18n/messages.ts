import { createTranslator } from "next-intl";
import { defaultLocale, isLocale, type Locale } from "./config";
import en from "./messages/en.json";

export type Messages = typeof en;

const catalogs: Record<Locale, Messages> = { en };

export function messagesFor(locale: string): Messages {
  return catalogs[isLocale(locale) ? locale : defaultLocale];
}

/** A translator outside a request (emails, scripts): same messages, explicit locale. */
export function translatorFor(locale: string) {
  const resolved = isLocale(locale) ? locale : defaultLocale;
  return createTranslator({ locale: resolved, messages: messagesFor(resolved) });
}
