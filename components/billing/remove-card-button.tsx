"use client";

import { useTranslations } from "next-intl";
import { removePaymentMethodAction } from "@/app/(app)/accounts/[accountId]/billing/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type RemoveCardButtonProps = {
  accountId: string;
  methodId: string;
  /** "Visa •••• 4242" */
  label: string;
  isDefault: boolean;
  /** Auto-pay is on, and so charges this card when it is the default one. */
  autoPay: boolean;
};

/**
 * Removes a saved card after asking, saying what else it changes: the default card leaves the
 * account without one, and auto-pay then has no card to charge.
 */
export function RemoveCardButton({ accountId, methodId, label, isDefault, autoPay }: RemoveCardButtonProps) {
  const t = useTranslations("billing.methods");
  const tConfirm = useTranslations("forms.confirm.removeCard");
  return (
    <ConfirmDialog
      action={removePaymentMethodAction}
      fields={{ accountId, methodId }}
      triggerLabel={t("remove")}
      triggerAriaLabel={t("removeOf", { method: label })}
      triggerVariant="link"
      title={tConfirm("title", { method: label })}
      description={
        <>
          <p>{tConfirm("description")}</p>
          {isDefault ? <p data-testid="remove-card-default">{autoPay ? tConfirm("defaultWithAutoPay") : tConfirm("default")}</p> : null}
        </>
      }
      confirmLabel={tConfirm("confirm")}
      tone="danger"
      success={() => tConfirm("done", { method: label })}
      testId="remove-card-dialog"
    />
  );
}
