"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeMemberAction } from "@/app/(app)/accounts/[accountId]/users/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { FormFeedback } from "@/components/ui/form-feedback";
import { GrantPicker, type GrantChoices } from "./grant-picker";

type MemberGrantFormProps = { accountId: string; membershipId: string; name: string; choices: GrantChoices; grantValue: string; customPermissions: string[] };

/**
 * Changes one member's profile or keys, behind a "Change profile" disclosure: the row shows
 * the profile in words, and the choice opens only for the member being changed.
 */
export function MemberGrantForm({ accountId, membershipId, name, choices, grantValue, customPermissions }: MemberGrantFormProps) {
  const t = useTranslations("members");
  const tEdit = useTranslations("members.edit");
  const [state, formAction, pending] = useActionState(changeMemberAction, initialActionResult);
  return (
    <details className="text-sm" data-testid="member-edit">
      <summary className="cursor-pointer font-medium text-blue-700 underline">
        {tEdit("open")}
        <span className="sr-only">: {name}</span>
      </summary>
      <form action={formAction} className="mt-2 space-y-2" aria-label={`${t("profile")}: ${name}`}>
        <FormFeedback state={state} success={tEdit("saved", { name })} />
        <input type="hidden" name="accountId" value={accountId} />
        <input type="hidden" name="membershipId" value={membershipId} />
        <GrantPicker choices={choices} idPrefix={`member-${membershipId}`} initialProfile={state.values?.profile ?? grantValue} initialKeys={customPermissions} errors={[...(state.fieldErrors?.profile ?? []), ...(state.fieldErrors?.permissions ?? [])]} />
        <Button type="submit" variant="secondary" disabled={pending} aria-label={`${t("change")}: ${name}`}>
          {t("change")}
        </Button>
      </form>
    </details>
  );
}
