"use server";

import { cookies } from "next/headers";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The public pages' language picker: keeps the choice in a cookie (a setting, not a secret;
 * the page reads it on the server). An unknown code keeps the default rather than failing.
 * Setting a cookie in an action makes Next render the page again, now in that language.
 */
export async function chooseLanguageAction(formData: FormData): Promise<void> {
  const requested = formData.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true, secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1" });
}
