"use client";

import { useTranslations } from "next-intl";

/** Shown when rendering fails, for example when the database went away mid-request. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <button onClick={reset} className="mt-6 rounded-md border border-slate-300 bg-white px-4 py-2">
        {t("retry")}
      </button>
    </main>
  );
}
