"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updatePreferencesAction } from "@/app/(app)/user/notifications/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { CategoryCheckboxes } from "./category-checkboxes";

/** One account's email categories for the signed-in member. */
export function PreferencesForm({ accountId, accountName, categories, isOwner }: { accountId: string; accountName: string; categories: string[]; isOwner: boolean }) {
  const t = useTranslations("notifications");
  const [state, formAction, pending] = useActionState(updatePreferencesAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-2" aria-label={accountName} id={`account-${accountId}`}>
      <input type="hidden" name="accountId" value={accountId} />
      <CategoryCheckboxes legend={accountName} idPrefix={`prefs-${accountId}`} checked={categories} />
      {isOwner ? <p className="text-xs text-slate-500">{t("ownerNote")}</p> : null}
      <FormFeedback state={state} success={t("saved")} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
