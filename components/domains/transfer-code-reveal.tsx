"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";

type Result = ActionResult<{ transferCode: string }>;

type TransferCodeRevealProps = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  accountId: string;
  domainId: string;
};

/** Shows the transfer code only after the member asks for it (each reveal is logged); it lives in this component's state alone. */
export function TransferCodeReveal({ action, accountId, domainId }: TransferCodeRevealProps) {
  const t = useTranslations("domains.transferCode");
  const [state, formAction, pending] = useActionState(action, initialActionResult as Result);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="domainId" value={domainId} />
      <FormFeedback
        state={state}
        success={
          state.ok ? (
            <p>
              {t("code")}{" "}
              <code data-testid="transfer-code" className="rounded bg-white px-2 py-1 font-mono text-slate-900">
                {state.data.transferCode}
              </code>
            </p>
          ) : null
        }
      />
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("reveal")}
      </Button>
    </form>
  );
}
