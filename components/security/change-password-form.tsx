"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/(app)/user/security/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function ChangePasswordForm() {
  const t = useTranslations("security.password");
  const [state, formAction, pending] = useActionState(changePasswordAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  return (
    // React empties the fields after each submit: passwords are never kept.
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormFeedback state={state} success={state.ok ? t("changed", { count: state.data.endedSessions }) : null} />
      <TextField label={t("current")} name="currentPassword" type="password" autoComplete="current-password" errors={errors.currentPassword} required />
      <TextField label={t("new")} name="newPassword" type="password" autoComplete="new-password" hint={t("hint")} errors={errors.newPassword} required />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
