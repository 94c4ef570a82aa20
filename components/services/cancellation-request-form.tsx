"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestCancellationAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";

/** Asks the provider to cancel the service, with the member's reason. */
export function CancellationRequestForm({ accountId, serviceId }: { accountId: string; serviceId: string }) {
  const t = useTranslations("services.requests");
  const [state, formAction, pending] = useActionState(requestCancellationAction, initialActionResult);
  if (state.ok) return <Alert tone="success">{t("cancellationRequested")}</Alert>;
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <TextAreaField label={t("reason")} name="reason" rows={3} maxLength={2000} defaultValue={state.values?.reason ?? ""} errors={state.fieldErrors?.reason} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("requestCancellation")}
      </Button>
    </form>
  );
}
