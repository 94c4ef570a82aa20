"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** Asks for a new verification link. With `email` given, the address is not asked again. */
export function ResendVerificationForm({ email }: { email?: string }) {
  const t = useTranslations("resendVerification");
  const [state, formAction, pending] = useActionState(resendVerificationAction, initialActionResult);

  if (state.ok) return <Alert tone="success">{t("sent")}</Alert>;
  return (
    <form action={formAction} className="space-y-3">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      {email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <TextField label={t("email")} name="email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      )}
      <Button type="submit" variant={email ? "link" : "secondary"} disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
