"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { inviteMemberAction } from "@/app/(app)/accounts/[accountId]/users/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { GrantPicker, type GrantChoices } from "./grant-picker";

export function InviteForm({ accountId, choices }: { accountId: string; choices: GrantChoices }) {
  const t = useTranslations("members.invite");
  const [state, formAction, pending] = useActionState(inviteMemberAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  return (
    <form key={state.ok ? state.data.email : "form"} action={formAction} className="max-w-xl space-y-4" noValidate>
      {state.ok ? <Alert tone="success">{t("sent", { email: state.data.email })}</Alert> : null}
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="accountId" value={accountId} />
      <TextField label={t("email")} name="email" id="invite-email" type="email" defaultValue={state.ok ? "" : state.values?.email} errors={errors.email} />
      <GrantPicker choices={choices} idPrefix="invite" initialProfile={state.ok ? "TECHNICIAN" : (state.values?.profile ?? "TECHNICIAN")} errors={[...(errors.profile ?? []), ...(errors.permissions ?? [])]} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
