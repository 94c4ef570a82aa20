"use client";

import { useTranslations } from "next-intl";
import { restartServiceAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * Restarts a VPS after asking: whatever runs on it stops for a moment. The page then shows it
 * restarting, and running once it is back.
 */
export function RestartServiceForm({ accountId, serviceId, serviceName, disabled }: { accountId: string; serviceId: string; serviceName: string; disabled: boolean }) {
  const t = useTranslations("services.power");
  const tConfirm = useTranslations("forms.confirm.restart");
  return (
    <ConfirmDialog
      action={restartServiceAction}
      fields={{ accountId, serviceId }}
      triggerLabel={t("restart")}
      triggerDisabled={disabled}
      title={tConfirm("title", { name: serviceName })}
      description={<p>{tConfirm("description")}</p>}
      confirmLabel={tConfirm("confirm")}
      success={() => t("restarted")}
      testId="restart-dialog"
    />
  );
}
