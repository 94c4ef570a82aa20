"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";

type AutoPayFormProps = {
  action: (previous: ActionResult<{ saved: boolean }>, formData: FormData) => Promise<ActionResult<{ saved: boolean }>>;
  accountId: string;
  autoPay: boolean;
};

/** Whether new invoices are paid with the default method as they are issued. */
export function AutoPayForm({ action, accountId, autoPay }: AutoPayFormProps) {
  const t = useTranslations("billing.autoPay");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<{ saved: boolean }>);
  return (
    <form action={formAction} className="space-y-3">
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="accountId" value={accountId} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="autoPay" defaultChecked={autoPay} key={String(autoPay)} className="h-4 w-4" />
        {t("label")}
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
