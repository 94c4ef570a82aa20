"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { endOtherSessionsAction, endSessionAction } from "@/app/(app)/user/security/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SmallActionForm } from "@/components/ui/small-action-form";

export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const t = useTranslations("security.sessions");
  return <SmallActionForm action={endSessionAction} fields={{ sessionId }} label={t("end")} ariaLabel={`${t("end")}: ${device}`} />;
}

export function EndOtherSessionsButton() {
  const t = useTranslations("security.sessions");
  const [state, formAction, pending] = useActionState(endOtherSessionsAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-3">
      {state.ok ? <Alert tone="success">{t("endedOthers", { count: state.data.ended })}</Alert> : null}
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("endOthers")}
      </Button>
    </form>
  );
}
