"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type AddCardFormProps = {
  action: (previous: ActionResult<{ added: boolean }>, formData: FormData) => Promise<ActionResult<{ added: boolean }>>;
  accountId: string;
  /** The demo gateway's test cards, shown only while it is the gateway in use. */
  testCardsHint: string | null;
};

/**
 * Saves a card with the payment gateway. The number and CVC go to the server action, which
 * hands them to the gateway and stores only its token, the brand and the last four digits.
 */
export function AddCardForm({ action, accountId, testCardsHint }: AddCardFormProps) {
  const t = useTranslations("billing.methods");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<{ added: boolean }>);
  const errors = state.fieldErrors ?? {};
  // After a save the form starts empty; after a refusal the name and expiry stay, the number and CVC are typed again.
  const kept = (field: "holderName" | "expiry") => (state.ok ? "" : (state.values?.[field] ?? ""));
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormFeedback state={state} success={t("added")} />
      <input type="hidden" name="accountId" value={accountId} />
      <TextField label={t("holderName")} name="holderName" autoComplete="cc-name" defaultValue={kept("holderName")} errors={errors.holderName} />
      <TextField label={t("number")} name="number" autoComplete="cc-number" inputMode="numeric" errors={errors.number} hint={testCardsHint ?? undefined} />
      <div className="grid grid-cols-2 gap-4">
        <TextField label={t("expiry")} name="expiry" autoComplete="cc-exp" placeholder={t("expiryPlaceholder")} defaultValue={kept("expiry")} errors={errors.expiry} />
        <TextField label={t("cvc")} name="cvc" autoComplete="cc-csc" inputMode="numeric" errors={errors.cvc} />
      </div>
      <Button type="submit" disabled={pending}>
        {t("add")}
      </Button>
    </form>
  );
}
