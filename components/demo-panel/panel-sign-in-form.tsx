"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { panelSignInAction } from "@/app/demo-panel/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

/** The demo panel's login: its username and the panel password, not the client area's. */
export function PanelSignInForm() {
  const t = useTranslations("services.demoPanel");
  const [state, formAction, pending] = useActionState(panelSignInAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-4 rounded-lg bg-white p-6 text-slate-900" noValidate>
      <FormFeedback state={state} />
      <TextField label={t("username")} name="username" autoComplete="username" defaultValue={state.values?.username ?? ""} errors={state.fieldErrors?.username} />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} />
      <SelectField
        label={t("app")}
        name="app"
        defaultValue={state.values?.app ?? "CONTROL_PANEL"}
        options={(["CONTROL_PANEL", "WEBMAIL"] as const).map((app) => ({ value: app, label: t(`apps.${app}`) }))}
      />
      <Button type="submit" disabled={pending}>
        {t("signIn")}
      </Button>
    </form>
  );
}
