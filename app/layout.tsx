import type { Metadata } from "next";
import type { CSSProperties, ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { brand, brandName } from "@/lib/brand/brand";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  const name = brandName(t("name"));
  return { title: { default: name, template: `%s · ${name}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const { primaryColor, onPrimaryColor } = brand();
  // The provider's colour reaches every primary button through two CSS variables (app/globals.css).
  const brandColors = primaryColor ? ({ "--brand-primary": primaryColor, "--brand-on-primary": onPrimaryColor } as CSSProperties) : undefined;
  return (
    <html lang={locale}>
      <body className="min-h-screen" style={brandColors}>
        {/* The error page's texts only: each page gives its own client components theirs (components/i18n/client-messages.tsx). */}
        <ClientMessages namespaces={["errorPage"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
