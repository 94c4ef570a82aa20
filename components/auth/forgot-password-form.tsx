"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { forgotPasswordAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("forgotPassword");
  const [state, formAction, pending] = useActionState(forgotPasswordAction, initialActionResult);
  const backLink = (
    <Link href="/sign-in" className="text-sm font-medium text-blue-700 underline">
      {t("backToSignIn")}
    </Link>
  );

  if (state.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Alert tone="success">{t("sent", { email: state.data.email })}</Alert>
        {backLink}
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField label={t("email")} name="email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
      {backLink}
    </form>
  );
}
