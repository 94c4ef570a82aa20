"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateProfileAction } from "@/app/(app)/user/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { languageName } from "@/lib/i18n/config";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type ProfileFormProps = { name: string; locale: string; locales: string[]; timeZone: string; timeZones: string[] };

export function ProfileForm({ name, locale, locales, timeZone, timeZones }: ProfileFormProps) {
  const t = useTranslations("user");
  const [state, formAction, pending] = useActionState(updateProfileAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormFeedback state={state} success={t("saved")} />
      <TextField label={t("name")} name="name" autoComplete="name" defaultValue={state.values?.name ?? name} errors={errors.name} required />
      <SelectField
        label={t("language")}
        name="locale"
        defaultValue={state.values?.locale ?? locale}
        errors={errors.locale}
        options={locales.map((code) => ({ value: code, label: languageName(code), lang: code }))}
      />
      <SelectField
        label={t("timeZone")}
        name="timeZone"
        defaultValue={state.values?.timeZone ?? timeZone}
        hint={t("timeZoneHint")}
        errors={errors.timeZone}
        options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
      />
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
