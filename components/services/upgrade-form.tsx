"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { orderUpgradeAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

/**
 * Chooses a higher plan from the catalog: the server issues the prorated invoice (its price
 * comes from the catalog, not from this form) and the page then offers it to pay.
 */
export function UpgradeForm({ accountId, serviceId, targets, explanation }: { accountId: string; serviceId: string; targets: { productId: string; label: string }[]; explanation: string }) {
  const t = useTranslations("upgrades");
  const [state, formAction, pending] = useActionState(orderUpgradeAction, initialActionResult);
  // The feedback stays in place when the form gives way to the success message, so it is announced.
  return (
    <div className="space-y-3">
      <FormFeedback state={state} success={t("ordered")} />
      {state.ok ? null : (
        <form action={formAction} className="max-w-md space-y-3">
          <input type="hidden" name="accountId" value={accountId} />
          <input type="hidden" name="serviceId" value={serviceId} />
          <SelectField
            label={t("choose")}
            name="targetProductId"
            defaultValue={state.values?.targetProductId ?? targets[0]?.productId}
            errors={state.fieldErrors?.targetProductId}
            options={targets.map((target) => ({ value: target.productId, label: target.label }))}
          />
          <p className="text-sm text-slate-600">{explanation}</p>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("submit")}
          </Button>
        </form>
      )}
    </div>
  );
}
