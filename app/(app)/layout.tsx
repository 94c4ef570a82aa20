import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BrandMark } from "@/components/brand/brand-mark";
import { LegalFooter } from "@/components/brand/legal-footer";
import { brand, brandName } from "@/lib/brand/brand";
import { NavLinkList } from "@/components/layout/nav-link-list";
import { ResponsiveMenu } from "@/components/layout/responsive-menu";
import { SkipLink } from "@/components/layout/skip-link";

/** Everything under here is behind sign-in; each page loads the user again (cached per request). */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  const current = brand();
  const userNav = [
    { href: "/user/accounts", label: t("nav.accounts") },
    { href: "/user", label: t("nav.profile") },
    { href: "/user/security", label: t("nav.security") },
    { href: "/user/notifications", label: t("nav.notifications") },
  ];
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink label={t("layout.skipToContent")} />
      <header className="border-b border-t-4 border-slate-200 border-t-brand bg-white">
        {/* Under md the links, the name and Sign out fold behind one button, so the header fits 320 pixels. */}
        <ResponsiveMenu
          label={t("layout.menu")}
          lead={
            <Link href="/" className="inline-flex min-h-10 items-center font-semibold text-slate-900" data-testid="provider-name">
              <BrandMark brand={current} name={brandName(t("app.name"))} />
            </Link>
          }
          className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3"
          panelClassName="basis-full flex-col gap-3 md:flex-1 md:basis-auto md:flex-row md:items-center md:justify-between"
        >
          <nav aria-label={t("layout.userNav")} className="text-sm">
            <NavLinkList items={userNav} />
          </nav>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <span className="text-sm break-words text-slate-600" data-testid="signed-in-as">
              {user.name}
            </span>
            <ClientMessages namespaces={["nav"]}>
              <SignOutButton />
            </ClientMessages>
          </div>
        </ResponsiveMenu>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <LegalFooter brand={current} />
    </div>
  );
}
