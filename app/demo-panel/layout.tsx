import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/**
 * The demo panel stands apart from the client area: its own header, its own sessions
 * (lib/provisioning/demo/panel-sessions.ts), and it never reads the client area's session.
 */
export default async function DemoPanelLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("services.demoPanel");
  return (
    <div className="min-h-screen bg-slate-900 text-slate-100">
      <header className="border-b border-slate-700 px-6 py-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-amber-300" data-testid="demo-panel-label">
          {t("label")}
        </p>
        <p className="text-xs text-slate-400">{t("explainer")}</p>
      </header>
      <main className="mx-auto max-w-2xl px-6 py-10">{children}</main>
    </div>
  );
}
