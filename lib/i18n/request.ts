import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { messagesFor } from "./messages";
import { localeFromAcceptLanguage } from "./negotiate";
import { isLocale } from "./config";

// The signed-in user's language setting wins; before sign-in, the browser's language.
export default getRequestConfig(async () => {
  const user = await getCurrentUser();
  const locale = user && isLocale(user.locale) ? user.locale : localeFromAcceptLanguage((await headers()).get("accept-language"));
  // Times are shown in UTC (and say so) until users can choose their time zone.
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
