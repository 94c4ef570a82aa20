"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { inviteMemberAction } from "@/app/(app)/accounts/[accountId]/users/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { GrantPicker, type GrantChoices } from "./grant-picker";

export function InviteForm({ accountId, choices }: { accountId: string; choices: GrantChoices }) {
  const t = useTranslations("members.invite");
  const [state, formAction, pending] = useActionState(inviteMemberAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormFeedback state={state} success={state.ok ? t("sent", { email: state.data.email }) : null} />
      <input type="hidden" name="accountId" value={accountId} />
      <TextField label={t("email")} name="email" id="invite-email" type="email" defaultValue={state.ok ? "" : state.values?.email} errors={errors.email} />
      <GrantPicker key={state.ok ? state.data.email : "form"} choices={choices} idPrefix="invite" initialProfile={state.ok ? "TECHNICIAN" : (state.values?.profile ?? "TECHNICIAN")} errors={[...(errors.profile ?? []), ...(errors.permissions ?? [])]} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
