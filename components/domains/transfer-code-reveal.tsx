"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
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
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      {state.ok ? (
        <p className="text-sm">
          {t("code")}{" "}
          <code data-testid="transfer-code" className="rounded bg-slate-100 px-2 py-1 font-mono">
            {state.data.transferCode}
          </code>
        </p>
      ) : null}
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("reveal")}
      </Button>
    </form>
  );
}
