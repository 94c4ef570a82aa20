"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { restartServiceAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Restarts a VPS; the page then shows it restarting, and running once it is back. */
export function RestartServiceForm({ accountId, serviceId, disabled }: { accountId: string; serviceId: string; disabled: boolean }) {
  const t = useTranslations("services.power");
  const [state, formAction, pending] = useActionState(restartServiceAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-3">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      {state.ok ? <Alert tone="success">{t("restarted")}</Alert> : null}
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <Button type="submit" variant="secondary" disabled={pending || disabled}>
        {t("restart")}
      </Button>
    </form>
  );
}
