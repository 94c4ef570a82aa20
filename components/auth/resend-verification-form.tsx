"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** Asks for a new verification link. With `email` given, the address is not asked again. */
export function ResendVerificationForm({ email }: { email?: string }) {
  const t = useTranslations("resendVerification");
  const [state, formAction, pending] = useActionState(resendVerificationAction, initialActionResult);
  // The feedback stays in place when the form gives way to the success message, so it is announced.
  return (
    <div className="space-y-3">
      <FormFeedback state={state} success={t("sent")} />
      {state.ok ? null : (
        <form action={formAction} className="space-y-3">
          {email ? (
            <input type="hidden" name="email" value={email} />
          ) : (
            <TextField label={t("email")} name="email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      )}
      <Button type="submit" variant={email ? "link" : "secondary"} disabled={pending}>
        {t("submit")}
      </Button>
    </form>
      )}
    </div>
  );
}
