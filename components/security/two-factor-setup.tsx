"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { beginTwoFactorSetupAction, cancelTwoFactorSetupAction, confirmTwoFactorAction } from "@/app/(app)/user/security/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { RecoveryCodes } from "./recovery-codes";

export function StartTwoFactorSetup() {
  const t = useTranslations("security.twoFactor");
  const [state, formAction, pending] = useActionState(beginTwoFactorSetupAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-3">
      <p className="text-sm text-slate-700">{t("offIntro")}</p>
      <FormFeedback state={state} />
      <Button type="submit" disabled={pending}>
        {t("enable")}
      </Button>
    </form>
  );
}

/** Step 2: scan, then prove it with a code; the recovery codes appear in place of the form. */
export function ConfirmTwoFactorSetup({ qrDataUrl, manualKey }: { qrDataUrl: string; manualKey: string }) {
  const t = useTranslations("security.twoFactor");
  const [state, formAction, pending] = useActionState(confirmTwoFactorAction, initialActionResult);
  const [, cancelAction, cancelling] = useActionState(cancelTwoFactorSetupAction, initialActionResult);

  if (state.ok) return <RecoveryCodes codes={state.data.recoveryCodes} />;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
      <img src={qrDataUrl} alt={t("qrAlt")} width={200} height={200} className="rounded border border-slate-200" />
      <p className="text-sm">
        {t("manualKey")}: <code data-testid="manual-key" className="rounded bg-slate-100 px-2 py-1 font-mono">{manualKey}</code>
      </p>
      <form action={formAction} className="max-w-xs space-y-3" noValidate>
        <FormFeedback state={state} />
        <TextField label={t("code")} name="code" inputMode="numeric" autoComplete="one-time-code" errors={state.fieldErrors?.code} required />
        <div className="flex gap-3">
          <Button type="submit" disabled={pending}>
            {t("confirm")}
          </Button>
          <Button type="submit" variant="secondary" formAction={cancelAction} disabled={cancelling}>
            {t("cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}
