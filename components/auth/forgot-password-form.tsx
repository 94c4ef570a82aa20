"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { forgotPasswordAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
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

  // One heading and one feedback region for both views, so the success is announced and focused.
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {state.ok ? null : <p className="text-sm text-slate-600">{t("intro")}</p>}
      <FormFeedback state={state} success={state.ok ? t("sent", { email: state.data.email }) : null} />
      {state.ok ? backLink : (
        <form action={formAction} className="space-y-4" noValidate>
          <TextField label={t("email")} name="email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} required />
          <Button type="submit" disabled={pending} className="w-full">
            {pending ? t("submitting") : t("submit")}
          </Button>
          {backLink}
        </form>
      )}
    </div>
  );
}
