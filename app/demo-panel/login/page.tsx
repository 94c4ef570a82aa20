import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PanelSignInForm } from "@/components/demo-panel/panel-sign-in-form";

export default async function DemoPanelLoginPage() {
  const t = await getTranslations("services.demoPanel");
  return (
    <ClientMessages namespaces={["services.demoPanel"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
        <PanelSignInForm />
      </div>
    </ClientMessages>
  );
}
