"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { NEW_CARD } from "@/lib/invoices/new-card";
import { PAY_LATER } from "@/lib/orders/pay-later";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type CheckoutFormProps = {
  action: (previous: ActionResult<never>, formData: FormData) => Promise<ActionResult<never>>;
  /** Absent for an order that creates its account: the fields of that form come first (children). */
  accountId?: string;
  methods: { id: string; label: string }[];
  defaultMethodId: string | null;
  canSaveCard: boolean;
  testCardsHint: string | null;
  submitLabel: string;
  children?: React.ReactNode;
};

/**
 * Places the order and pays it: a saved card, a new card typed here, or the invoice left to
 * pay later. The server prices everything again; a changed price stops here with the new
 * prices shown in the cart, and nothing charged.
 */
export function CheckoutForm({ action, accountId, methods, defaultMethodId, canSaveCard, testCardsHint, submitLabel, children }: CheckoutFormProps) {
  const t = useTranslations("orders.checkout");
  const tCard = useTranslations("billing.methods");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<never>);
  const first = state.values?.methodId ?? defaultMethodId ?? methods[0]?.id ?? NEW_CARD;
  const [choice, setChoice] = useState(first);
  const errors = state.fieldErrors ?? {};
  const options = [...methods.map((method) => ({ value: method.id, label: method.label })), { value: NEW_CARD, label: t("newCard") }, { value: PAY_LATER, label: t("payLater") }];
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormFeedback state={state} />
      {accountId ? <input type="hidden" name="accountId" value={accountId} /> : null}
      {children}
      <SelectField id="checkout-method" label={t("payWith")} name="methodId" defaultValue={first} errors={errors.methodId} options={options} onChange={(event) => setChoice(event.target.value)} />
      {choice === NEW_CARD ? (
        <fieldset className="space-y-4">
          <legend className="sr-only">{t("newCard")}</legend>
          <TextField id="checkout-holderName" label={tCard("holderName")} name="holderName" autoComplete="cc-name" defaultValue={state.values?.holderName ?? ""} errors={errors.holderName} />
          <TextField id="checkout-number" label={tCard("number")} name="number" autoComplete="cc-number" inputMode="numeric" errors={errors.number} hint={testCardsHint ?? undefined} />
          <div className="grid grid-cols-2 gap-4">
            <TextField id="checkout-expiry" label={tCard("expiry")} name="expiry" autoComplete="cc-exp" placeholder={tCard("expiryPlaceholder")} defaultValue={state.values?.expiry ?? ""} errors={errors.expiry} />
            <TextField id="checkout-cvc" label={tCard("cvc")} name="cvc" autoComplete="cc-csc" inputMode="numeric" errors={errors.cvc} />
          </div>
          {canSaveCard ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="saveCard" defaultChecked={state.values?.saveCard === "on"} className="h-4 w-4" />
              {t("saveCard")}
            </label>
          ) : null}
        </fieldset>
      ) : null}
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
