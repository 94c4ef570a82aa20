"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestUpgradeAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

/** Asks for a higher plan of the same kind; the provider handles the request. */
export function UpgradeRequestForm({ accountId, serviceId, targets }: { accountId: string; serviceId: string; targets: { name: string; price: string | null }[] }) {
  const t = useTranslations("services.requests");
  const [state, formAction, pending] = useActionState(requestUpgradeAction, initialActionResult);
  if (state.ok) return <Alert tone="success">{t("upgradeRequested")}</Alert>;
  return (
    <form action={formAction} className="max-w-md space-y-3">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
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
  );
}
