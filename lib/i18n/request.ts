import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isRenderedLocale, messagesFor } from "./messages";
import { localeFromAcceptLanguage } from "./negotiate";
import { LOCALE_COOKIE } from "./config";
import { DEFAULT_TIME_ZONE, timeZoneOrDefault } from "./time-zones";

/**
 * Which language a page speaks: the signed-in user's profile language; before sign-in, the
 * one picked on a public page (a cookie), else the browser's. An unknown value anywhere falls
 * through to the next rule, never to an error.
 */
export default getRequestConfig(async () => {
  const user = await getCurrentUser();
  const picked = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = user && isRenderedLocale(user.locale) ? user.locale : isRenderedLocale(picked) ? picked : localeFromAcceptLanguage((await headers()).get("accept-language"));
  // Every time is shown in the reader's own zone; signed out, in UTC.
  return { locale, messages: messagesFor(locale), timeZone: user ? timeZoneOrDefault(user.timeZone) : DEFAULT_TIME_ZONE };
});
