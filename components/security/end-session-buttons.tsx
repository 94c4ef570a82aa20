"use client";

import { useTranslations } from "next-intl";
import { endOtherSessionsAction, endSessionAction } from "@/app/(app)/user/security/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SmallActionForm } from "@/components/ui/small-action-form";

export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const t = useTranslations("security.sessions");
  return <SmallActionForm action={endSessionAction} fields={{ sessionId }} label={t("end")} ariaLabel={`${t("end")}: ${device}`} />;
}

/** Signs out every other browser after asking: someone there may be in the middle of something. */
export function EndOtherSessionsButton() {
  const t = useTranslations("security.sessions");
  const tConfirm = useTranslations("forms.confirm.endOtherSessions");
  return (
    <ConfirmDialog
      action={endOtherSessionsAction}
      fields={{}}
      triggerLabel={t("endOthers")}
      title={tConfirm("title")}
      description={<p>{tConfirm("description")}</p>}
      confirmLabel={t("endOthers")}
      success={(data) => t("endedOthers", { count: data.ended })}
      testId="end-other-sessions-dialog"
    />
  );
}
