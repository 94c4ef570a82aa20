"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { BrowserTimeZoneField } from "@/components/i18n/browser-time-zone-field";

export function SignUpForm() {
  const t = useTranslations("signUp");
  const [state, formAction, pending] = useActionState(signUpAction, initialActionResult);

  const errors = state.fieldErrors ?? {};
  // One heading and one feedback region for both views, so the success is announced and focused.
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{state.ok ? t("checkEmailTitle") : t("title")}</h1>
      <FormFeedback state={state} success={state.ok ? t("checkEmailBody", { email: state.data.email }) : null} />
      {state.ok ? <p className="text-sm text-slate-600">{t("checkEmailHint")}</p> : null}
      {state.ok ? null : (
        <form action={formAction} className="space-y-4" noValidate>
          <BrowserTimeZoneField />
          <TextField label={t("name")} name="name" autoComplete="name" defaultValue={state.values?.name} errors={errors.name} required />
          <TextField label={t("email")} name="email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={errors.email} required />
          <TextField
            label={t("password")}
            name="password"
            type="password"
            autoComplete="new-password"
            hint={t("passwordHint")}
            errors={errors.password}
            required
          />
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? t("submitting") : t("submit")}
          </Button>
          <p className="text-sm text-slate-600">
            {t("haveAccount")}{" "}
            <Link href="/sign-in" className="font-medium text-blue-700 underline">
              {t("signInLink")}
            </Link>
          </p>
        </form>
      )}
    </div>
  );
}
