"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { unsubscribeAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function UnsubscribeButton({ token }: { token: string }) {
  const t = useTranslations("unsubscribe");
  const [state, formAction, pending] = useActionState(unsubscribeAction, initialActionResult);
  if (state.ok) return <Alert tone="success">{t("done")}</Alert>;
  return (
    <form action={formAction} className="space-y-3">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {t("confirm")}
      </Button>
    </form>
  );
}
