"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestCancellationAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";

/** Asks the provider to cancel the service, with the member's reason. */
export function CancellationRequestForm({ accountId, serviceId }: { accountId: string; serviceId: string }) {
  const t = useTranslations("services.requests");
  const [state, formAction, pending] = useActionState(requestCancellationAction, initialActionResult);
  // The feedback stays in place when the form gives way to the success message, so it is announced.
  return (
    <div className="space-y-3">
      <FormFeedback state={state} success={t("cancellationRequested")} />
      {state.ok ? null : (
        <form action={formAction} className="max-w-md space-y-3" noValidate>
          <input type="hidden" name="accountId" value={accountId} />
          <input type="hidden" name="serviceId" value={serviceId} />
          <TextAreaField label={t("reason")} name="reason" rows={3} maxLength={2000} defaultValue={state.values?.reason ?? ""} errors={state.fieldErrors?.reason} />
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("requestCancellation")}
          </Button>
        </form>
      )}
    </div>
  );
}
