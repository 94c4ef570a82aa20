import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguagePicker } from "@/components/i18n/language-picker";
import { BrandMark } from "@/components/brand/brand-mark";
import { LegalFooter } from "@/components/brand/legal-footer";
import { brand, brandName } from "@/lib/brand/brand";

/** Sign-in, sign-up and the other signed-out pages: the provider's logo and name above the card, its legal details below. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  const current = brand();
  return (
    <div className="flex min-h-screen flex-col">
      <main className="flex flex-1 flex-col items-center justify-center px-4 py-12">
        <p className="mb-6 text-lg font-semibold text-slate-800">
          <BrandMark brand={current} name={brandName(t("name"))} />
        </p>
        <div className="w-full max-w-md rounded-lg border border-slate-200 border-t-4 border-t-brand bg-white p-8 shadow-sm">{children}</div>
        <div className="mt-6">
          <LanguagePicker />
        </div>
      </main>
      <LegalFooter brand={current} />
    </div>
  );
}
