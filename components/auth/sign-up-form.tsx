"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { BrowserTimeZoneField } from "@/components/i18n/browser-time-zone-field";

export function SignUpForm() {
  const t = useTranslations("signUp");
  const [state, formAction, pending] = useActionState(signUpAction, initialActionResult);

  if (state.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("checkEmailTitle")}</h1>
        <Alert tone="success">{t("checkEmailBody", { email: state.data.email })}</Alert>
        <p className="text-sm text-slate-600">{t("checkEmailHint")}</p>
      </div>
    );
  }

  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
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
  );
}
