"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateProfileAction } from "@/app/(app)/user/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { languageName } from "@/lib/i18n/config";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type ProfileFormProps = { name: string; locale: string; locales: string[]; timeZone: string; timeZones: string[] };

export function ProfileForm({ name, locale, locales, timeZone, timeZones }: ProfileFormProps) {
  const t = useTranslations("user");
  const [state, formAction, pending] = useActionState(updateProfileAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      {state.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField label={t("name")} name="name" autoComplete="name" defaultValue={state.values?.name ?? name} errors={errors.name} required />
      <div className="space-y-1">
        <label htmlFor="field-locale" className="block text-sm font-medium text-slate-800">
          {t("language")}
        </label>
        <select
          id="field-locale"
          name="locale"
          defaultValue={state.values?.locale ?? locale}
          className="block w-full rounded-md border border-slate-300 px-3 py-2"
        >
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        {errors.locale ? <p className="text-sm text-red-700">{errors.locale.join(" ")}</p> : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="field-time-zone" className="block text-sm font-medium text-slate-800">
          {t("timeZone")}
        </label>
        <select
          id="field-time-zone"
          name="timeZone"
          defaultValue={state.values?.timeZone ?? timeZone}
          aria-describedby="field-time-zone-hint"
          className="block w-full rounded-md border border-slate-300 px-3 py-2"
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <p id="field-time-zone-hint" className="text-sm text-slate-600">
          {t("timeZoneHint")}
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
