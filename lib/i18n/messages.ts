import { createTranslator } from "next-intl";
import { defaultLocale, isLocale, type Locale } from "./config";
import base from "./messages/en.json";
import billing from "./messages/en/billing.json";
import domains from "./messages/en/domains.json";
import invoices from "./messages/en/invoices.json";
import services from "./messages/en/services.json";
import support from "./messages/en/support.json";

/**
 * A feature's messages live in their own file (its namespace, plus its `errors` and
 * `activity.kinds` entries), so work on one feature does not touch another's strings;
 * they are merged deeply into one catalog.
 */
type Json = { [key: string]: string | Json };

function deepMerge(target: Json, source: Json): Json {
  const merged: Json = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = merged[key];
    merged[key] = typeof value === "object" && typeof existing === "object" ? deepMerge(existing, value) : value;
  }
  return merged;
}

const en = [services, domains, invoices, billing, support].reduce<Json>((catalog, part) => deepMerge(catalog, part as Json), base as Json) as typeof base &
  typeof services &
  typeof domains &
  typeof invoices &
  typeof billing &
  typeof support;

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
