"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/actions/action-result";
import { NEW_CARD } from "@/lib/invoices/new-card";
import { PAY_LATER } from "@/lib/orders/pay-later";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type PaymentFieldsProps = {
  methods: { id: string; label: string }[];
  defaultMethodId: string | null;
  canSaveCard: boolean;
  testCardsHint: string | null;
  values?: Record<string, string>;
  errors: FieldErrors;
};

/** How an order is paid: a saved card, a new card typed here (kept only when asked), or later from the invoice. */
export function PaymentFields({ methods, defaultMethodId, canSaveCard, testCardsHint, values, errors }: PaymentFieldsProps) {
  const t = useTranslations("orders.checkout");
  const tCard = useTranslations("billing.methods");
  const first = values?.methodId ?? defaultMethodId ?? methods[0]?.id ?? NEW_CARD;
  const [choice, setChoice] = useState(first);
  const options = [...methods.map((method) => ({ value: method.id, label: method.label })), { value: NEW_CARD, label: t("newCard") }, { value: PAY_LATER, label: t("payLater") }];
  return (
    <>
      <SelectField id="checkout-method" label={t("payWith")} name="methodId" defaultValue={first} errors={errors.methodId} options={options} onChange={(event) => setChoice(event.target.value)} />
      {choice === NEW_CARD ? (
        <fieldset className="space-y-4">
          <legend className="sr-only">{t("newCard")}</legend>
          <TextField id="checkout-holderName" label={tCard("holderName")} name="holderName" autoComplete="cc-name" defaultValue={values?.holderName ?? ""} errors={errors.holderName} />
          <TextField id="checkout-number" label={tCard("number")} name="number" autoComplete="cc-number" inputMode="numeric" errors={errors.number} hint={testCardsHint ?? undefined} />
          <div className="grid grid-cols-2 gap-4">
            <TextField id="checkout-expiry" label={tCard("expiry")} name="expiry" autoComplete="cc-exp" placeholder={tCard("expiryPlaceholder")} defaultValue={values?.expiry ?? ""} errors={errors.expiry} />
            <TextField id="checkout-cvc" label={tCard("cvc")} name="cvc" autoComplete="cc-csc" inputMode="numeric" errors={errors.cvc} />
          </div>
          {canSaveCard ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="saveCard" defaultChecked={values?.saveCard === "on"} className="h-4 w-4" />
              {t("saveCard")}
            </label>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}
