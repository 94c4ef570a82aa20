"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { unsubscribeAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";

export function UnsubscribeButton({ token }: { token: string }) {
  const t = useTranslations("unsubscribe");
  const [state, formAction, pending] = useActionState(unsubscribeAction, initialActionResult);
  // The feedback stays in place when the form gives way to the success message, so it is announced.
  return (
    <div className="space-y-3">
      <FormFeedback state={state} success={t("done")} />
      {state.ok ? null : (
        <form action={formAction} className="space-y-3">
          <input type="hidden" name="token" value={token} />
          <Button type="submit" disabled={pending}>
            {t("confirm")}
          </Button>
        </form>
      )}
    </div>
  );
}
