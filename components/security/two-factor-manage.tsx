"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { disableTwoFactorAction, regenerateRecoveryCodesAction } from "@/app/(app)/user/security/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { RecoveryCodes } from "./recovery-codes";

export function RegenerateRecoveryCodes() {
  const t = useTranslations("security.twoFactor");
  const [state, formAction, pending] = useActionState(regenerateRecoveryCodesAction, initialActionResult);
  if (state.ok) return <RecoveryCodes codes={state.data.recoveryCodes} />;
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <h3 className="font-semibold">{t("regenerateTitle")}</h3>
      <p className="text-sm text-slate-600">{t("regenerateIntro")}</p>
      <FormFeedback state={state} />
      <TextField label={t("password")} id="regenerate-password" name="password" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} required />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("regenerate")}
      </Button>
    </form>
  );
}

export function DisableTwoFactor() {
  const t = useTranslations("security.twoFactor");
  const [state, formAction, pending] = useActionState(disableTwoFactorAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <h3 className="font-semibold">{t("disableTitle")}</h3>
      <p className="text-sm text-slate-600">{t("disableIntro")}</p>
      <FormFeedback state={state} />
      <TextField label={t("password")} id="disable-password" name="password" type="password" autoComplete="current-password" errors={errors.password} required />
      <TextField label={t("disableCode")} id="disable-code" name="code" autoComplete="one-time-code" errors={errors.code} required />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("disable")}
      </Button>
    </form>
  );
}
