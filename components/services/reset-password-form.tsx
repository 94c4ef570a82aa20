"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetServicePasswordAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";

/** Resets the panel password and shows the new one once: it lives only in this result. */
export function ResetPasswordForm({ accountId, serviceId }: { accountId: string; serviceId: string }) {
  const t = useTranslations("services.access");
  const [state, formAction, pending] = useActionState(resetServicePasswordAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-3">
      <p className="text-sm text-slate-600">{t("resetHint")}</p>
      <FormFeedback
        state={state}
        success={
          state.ok ? (
            <>
              <p>
                {t("newPassword")}: <code data-testid="new-service-password" className="select-all rounded bg-white px-1 font-mono">{state.data.password}</code>
              </p>
              <p className="mt-1">{t("newPasswordOnce")}</p>
            </>
          ) : null
        }
      />
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("resetPassword")}
      </Button>
    </form>
  );
}
