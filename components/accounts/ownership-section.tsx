"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { closeAccountAction, startTransferAction } from "@/app/(app)/accounts/[accountId]/settings/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

/** The owner offers the account to a member, with their password. */
export function StartTransferForm({ accountId, members }: { accountId: string; members: { id: string; name: string; email: string }[] }) {
  const t = useTranslations("settings");
  const [state, formAction, pending] = useActionState(startTransferAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="accountId" value={accountId} />
      <SelectField
        label={t("transferTo")}
        name="membershipId"
        id="transfer-member"
        placeholder={t("chooseMember")}
        defaultValue={state.values?.membershipId ?? ""}
        errors={errors.membershipId}
        options={members.map((member) => ({ value: member.id, label: `${member.name} (${member.email})` }))}
      />
      <TextField label={t("password")} name="password" id="transfer-password" type="password" autoComplete="current-password" errors={errors.password} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("startTransfer")}
      </Button>
    </form>
  );
}

export function CloseAccountForm({ accountId }: { accountId: string }) {
  const t = useTranslations("settings");
  const [state, formAction, pending] = useActionState(closeAccountAction, initialActionResult);
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <p className="text-sm text-slate-600">{t("closeIntro")}</p>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="accountId" value={accountId} />
      <TextField label={t("password")} name="password" id="close-password" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} />
      <Button type="submit" variant="secondary" disabled={pending} className="border-red-300 text-red-800">
        {t("closeConfirm")}
      </Button>
    </form>
  );
}
