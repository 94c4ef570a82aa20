import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguagePicker } from "@/components/i18n/language-picker";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <p className="mb-6 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("name")}</p>
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">{children}</div>
      <div className="mt-6">
        <LanguagePicker />
      </div>
    </main>
  );
}

