"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { completeVerificationAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ResendVerificationForm } from "./resend-verification-form";

/**
 * The verification link's form: the password is set here, by whoever holds the mailbox
 * (lib/users/verify-email.ts says why), and the server signs them in. The link is used by
 * this POST, not by the page's GET, so a mail scanner that fetches the link cannot spend it.
 */
export function CompleteVerification({ token }: { token: string }) {
  const t = useTranslations("verifyEmail");
  const [state, formAction, pending] = useActionState(completeVerificationAction, initialActionResult);
  const linkSpent = !!state.error && !state.fieldErrors;
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-4" noValidate>
        <p className="text-sm text-slate-700">{t("choosePassword")}</p>
        <FormFeedback state={state} />
        <input type="hidden" name="token" value={token} />
        <TextField label={t("password")} name="password" type="password" autoComplete="new-password" hint={t("passwordHint")} errors={state.fieldErrors?.password} required />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {linkSpent ? <ResendVerificationForm /> : null}
    </div>
  );
}
