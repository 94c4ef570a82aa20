"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(resetPasswordAction, initialActionResult);

  // Every session ended with the reset, this one too: the next step is signing in.
  useEffect(() => {
    if (state.ok) router.replace("/sign-in?passwordReset=1");
  }, [state.ok, router]);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormFeedback state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField label={t("password")} name="password" type="password" autoComplete="new-password" hint={t("hint")} errors={state.fieldErrors?.password} required />
      <Button type="submit" disabled={pending || state.ok} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
