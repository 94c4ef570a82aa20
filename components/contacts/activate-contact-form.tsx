"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { activateContactAction } from "@/app/(app)/accounts/[accountId]/contacts/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { GrantPicker, type GrantChoices } from "@/components/members/grant-picker";

/** "Activate as sub-account": an invitation to the contact's address with a chosen profile. */
export function ActivateContactForm({ accountId, contactId, email, choices }: { accountId: string; contactId: string; email: string; choices: GrantChoices }) {
  const t = useTranslations("contacts");
  const [state, formAction, pending] = useActionState(activateContactAction, initialActionResult);
  // The feedback stays in place when the form gives way to the success message, so it is announced.
  return (
    <div className="space-y-3">
      <FormFeedback state={state} success={t("activated", { email })} />
      {state.ok ? null : (
        <form action={formAction} className="max-w-xl space-y-3" noValidate>
          <p className="text-sm text-slate-600">{t("activateIntro", { email })}</p>
          <input type="hidden" name="accountId" value={accountId} />
          <input type="hidden" name="contactId" value={contactId} />
          <GrantPicker choices={choices} idPrefix="activate" initialProfile="TECHNICIAN" errors={[...(state.fieldErrors?.permissions ?? [])]} />
          <Button type="submit" disabled={pending}>
            {t("activate")}
          </Button>
        </form>
      )}
    </div>
  );
}
