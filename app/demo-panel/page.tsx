import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { readPanelCookie } from "@/lib/provisioning/demo/panel-cookie";
import { loadPanelSession } from "@/lib/provisioning/demo/panel-sessions";
import { effectivePowerState } from "@/lib/provisioning/power-state";
import { panelSignOutAction } from "./actions";
import { SmallActionForm } from "@/components/ui/small-action-form";

/** The demo panel's home: what the panel knows about the signed-in panel account. */
export default async function DemoPanelPage() {
  const token = await readPanelCookie();
  const now = new Date();
  const session = token ? await loadPanelSession(token, now) : null;
  if (!session) redirect("/demo-panel/login");
  const [t, tPower] = await Promise.all([getTranslations("services.demoPanel"), getTranslations("services.power")]);
  const { panelAccount } = session;
  const settings = panelAccount.settings && typeof panelAccount.settings === "object" && !Array.isArray(panelAccount.settings) ? Object.entries(panelAccount.settings) : [];
  const power = effectivePowerState(panelAccount, now);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t(`apps.${session.app}`)}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-700 p-6 text-sm">
        <dt className="text-slate-400">{t("signedInAs")}</dt>
        <dd data-testid="demo-panel-username" className="font-mono">
          {panelAccount.username}
        </dd>
        <dt className="text-slate-400">{t("app")}</dt>
        <dd data-testid="demo-panel-app">{t(`apps.${session.app}`)}</dd>
        <dt className="text-slate-400">{t("powerState")}</dt>
        <dd data-testid="demo-panel-power" data-state={power}>
          {tPower(power)}
        </dd>
        <dt className="text-slate-400">{t("settings")}</dt>
        <dd>
          {settings.length ? (
            <ul>
              {settings.map(([key, value]) => (
                <li key={key} className="font-mono">
                  {key}: {String(value)}
                </li>
              ))}
            </ul>
          ) : (
            t("noSettings")
          )}
        </dd>
      </dl>
      <SmallActionForm action={panelSignOutAction} fields={{}} label={t("signOut")} variant="secondary" />
    </div>
  );
}
