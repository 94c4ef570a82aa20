"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeMemberAction } from "@/app/(app)/accounts/[accountId]/users/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { GrantPicker, type GrantChoices } from "./grant-picker";

/** Changes one member's profile or keys. */
export function MemberGrantForm({ accountId, membershipId, name, choices, grantValue, customPermissions }: { accountId: string; membershipId: string; name: string; choices: GrantChoices; grantValue: string; customPermissions: string[] }) {
  const t = useTranslations("members");
  const [state, formAction, pending] = useActionState(changeMemberAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-2" aria-label={`${t("profile")}: ${name}`}>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <GrantPicker choices={choices} idPrefix={`member-${membershipId}`} initialProfile={grantValue} initialKeys={customPermissions} errors={[...(state.fieldErrors?.permissions ?? [])]} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`${t("change")}: ${name}`}>
        {t("change")}
      </Button>
      {state.error ? (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
