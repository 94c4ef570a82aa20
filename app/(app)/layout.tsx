import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BrandMark } from "@/components/brand/brand-mark";
import { LegalFooter } from "@/components/brand/legal-footer";
import { brand, brandName } from "@/lib/brand/brand";

/** Everything under here is behind sign-in; each page loads the user again (cached per request). */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  const current = brand();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-t-4 border-slate-200 border-t-brand bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <div className="flex items-center gap-6">
            <Link href="/" className="font-semibold text-slate-900">
              <BrandMark brand={current} name={brandName(t("app.name"))} />
            </Link>
            <nav className="flex gap-4 text-sm">
              <Link href="/user/accounts" className="text-slate-700 hover:text-slate-900">
                {t("nav.accounts")}
              </Link>
              <Link href="/user" className="text-slate-700 hover:text-slate-900">
                {t("nav.profile")}
              </Link>
              <Link href="/user/security" className="text-slate-700 hover:text-slate-900">
                {t("nav.security")}
              </Link>
              <Link href="/user/notifications" className="text-slate-700 hover:text-slate-900">
                {t("nav.notifications")}
              </Link>
            </nav>
          </div>
          <div className="flex items-center gap-4">
            <span className="text-sm text-slate-600" data-testid="signed-in-as">
              {user.name}
            </span>
            <ClientMessages namespaces={["nav"]}>
              <SignOutButton />
            </ClientMessages>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">{children}</main>
      <LegalFooter brand={current} />
    </div>
  );
}
