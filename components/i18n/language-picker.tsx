import { getLocale, getTranslations } from "next-intl/server";
import { chooseLanguageAction } from "@/app/(public)/language-action";
import { languageName, locales } from "@/lib/i18n/config";

/**
 * The language of the public pages, kept in a cookie until the person signs up (their
 * profile's language) or signs in (their profile's language wins). Each language is offered in
 * its own name and marked with its own `lang`, so a screen reader pronounces it right. A form
 * per button: it works without JavaScript too.
 */
export async function LanguagePicker() {
  const [current, t] = await Promise.all([getLocale(), getTranslations("app")]);
  if (locales.length < 2) return null;
  return (
    <form action={chooseLanguageAction} aria-label={t("language")} className="flex flex-wrap justify-center gap-3 text-sm">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={locale === current ? "font-semibold text-slate-900" : "text-blue-700 underline"}
        >
          {languageName(locale)}
        </button>
      ))}
    </form>
  );
}
