"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestUpgradeAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

/** Asks for a higher plan of the same kind; the provider handles the request. */
export function UpgradeRequestForm({ accountId, serviceId, targets }: { accountId: string; serviceId: string; targets: { name: string; price: string | null }[] }) {
  const t = useTranslations("services.requests");
  const [state, formAction, pending] = useActionState(requestUpgradeAction, initialActionResult);
  // The feedback stays in place when the form gives way to the success message, so it is announced.
  return (
    <div className="space-y-3">
      <FormFeedback state={state} success={t("upgradeRequested")} />
      {state.ok ? null : (
        <form action={formAction} className="max-w-md space-y-3">
          <input type="hidden" name="accountId" value={accountId} />
          <input type="hidden" name="serviceId" value={serviceId} />
          <SelectField
            label={t("upgradeTo")}
            name="targetProduct"
            defaultValue={state.values?.targetProduct ?? targets[0]?.name}
            errors={state.fieldErrors?.targetProduct}
            options={targets.map((target) => ({ value: target.name, label: target.price === null ? target.name : t("upgradeOption", { name: target.name, price: target.price }) }))}
          />
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("requestUpgrade")}
          </Button>
        </form>
      )}
    </div>
  );
}
