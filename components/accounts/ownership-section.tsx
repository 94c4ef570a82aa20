"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { closeAccountAction, leaveAccountAction, startTransferAction } from "@/app/(app)/accounts/[accountId]/settings/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

/** The owner offers the account to a member, with their password. */
export function StartTransferForm({ accountId, members }: { accountId: string; members: { id: string; name: string; email: string }[] }) {
  const t = useTranslations("settings");
  const [state, formAction, pending] = useActionState(startTransferAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <FormFeedback state={state} />
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

/**
 * Closing, behind a danger dialog that asks for the account's name typed out and the owner's
 * password; the server checks both (lib/accounts/close-account.ts) and then leaves the page.
 */
export function CloseAccountForm({ accountId, accountName }: { accountId: string; accountName: string }) {
  const t = useTranslations("settings");
  const tConfirm = useTranslations("forms.confirm.closeAccount");
  return (
    <div className="max-w-md space-y-3">
      <p className="text-sm text-slate-600">{t("closeIntro")}</p>
      <ConfirmDialog
        action={closeAccountAction}
        fields={{ accountId }}
        triggerLabel={t("closeConfirm")}
        triggerVariant="danger"
        title={tConfirm("title", { account: accountName })}
        description={<p>{t("closeIntro")}</p>}
        confirmLabel={t("closeConfirm")}
        tone="danger"
        typeToConfirm={{ label: tConfirm("typeName", { account: accountName }) }}
        extraFields={(state) => <TextField label={t("password")} name="password" id="close-password" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} />}
        success={null}
        testId="close-account-dialog"
      />
    </div>
  );
}

/** A member leaves, after asking: only a new invitation lets them back in. */
export function LeaveAccountButton({ accountId, accountName }: { accountId: string; accountName: string }) {
  const tMembers = useTranslations("members");
  const tConfirm = useTranslations("forms.confirm.leaveAccount");
  return (
    <ConfirmDialog
      action={leaveAccountAction}
      fields={{ accountId }}
      triggerLabel={tMembers("leave")}
      title={tConfirm("title", { account: accountName })}
      description={<p>{tMembers("leaveIntro")}</p>}
      confirmLabel={tConfirm("confirm")}
      tone="danger"
      success={null}
      testId="leave-account-dialog"
    />
  );
}
