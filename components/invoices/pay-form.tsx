"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { formatMoney } from "@/lib/invoices/money";
import { NEW_CARD } from "@/lib/invoices/new-card";
import type { PaidSummary } from "@/lib/invoices/pay-invoices-schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type PayFormProps = {
  action: (previous: ActionResult<PaidSummary>, formData: FormData) => Promise<ActionResult<PaidSummary>>;
  accountId: string;
  /** The form's id: the list's checkboxes name it (form="…") to send the invoices ticked. */
  id: string;
  /** Fixed invoices (the invoice page); absent when the checkboxes bound to this form choose them. */
  invoiceIds?: string[];
  /** Whether there is anything left to pay; after a payment the confirmation stays either way. */
  payable: boolean;
  title: string;
  intro?: string;
  submitLabel: string;
  /** The account's saved methods, labelled; the default one is chosen first. */
  methods: { id: string; label: string }[];
  defaultMethodId: string | null;
  /** Keeping a new card is managing payment methods (billing.manage); the server checks it too. */
  canSaveCard: boolean;
  testCardsHint: string | null;
};

/**
 * Pays one invoice (its page) or the invoices ticked in the list with one charge: a saved
 * card, or a new card typed here and kept only when asked. A refusal shows here with the form
 * kept; a payment replaces the form with a confirmation of what was paid and with which card,
 * which takes the focus (it is announced as a status message).
 */
export function PayForm({ action, accountId, id, invoiceIds, payable, title, intro, submitLabel, methods, defaultMethodId, canSaveCard, testCardsHint }: PayFormProps) {
  const t = useTranslations("money.pay");
  const tCard = useTranslations("billing.methods");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<PaidSummary>);
  const firstChoice = state.values?.methodId ?? defaultMethodId ?? methods[0]?.id ?? NEW_CARD;
  const [choice, setChoice] = useState(firstChoice);
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.ok) confirmation.current?.focus();
  }, [state]);

  if (state.ok) {
    const paid = state.data;
    return (
      <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id={`${id}-title`} className="mb-4 text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div ref={confirmation} tabIndex={-1} data-testid="payment-confirmation" className="focus:outline-none">
          <Alert tone="success">
            {t("paid", { count: paid.invoices.length, numbers: paid.invoices.map((invoice) => invoice.number).join(", "), amount: formatMoney(paid.amountMinor, paid.currency, locale), method: paid.method })}
          </Alert>
        </div>
      </section>
    );
  }
  if (!payable) return null;

  const errors = state.fieldErrors ?? {};
  const options = [...methods.map((method) => ({ value: method.id, label: method.label })), { value: NEW_CARD, label: t("newCard") }];
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id={`${id}-title`} className="mb-4 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mb-4 text-sm text-slate-600">{intro}</p> : null}
      <form id={id} action={formAction} className="max-w-md space-y-4" noValidate>
        {state.error ? <Alert tone="error">{state.error}</Alert> : null}
        {errors.invoiceIds ? <Alert tone="error">{errors.invoiceIds.join(" ")}</Alert> : null}
        <input type="hidden" name="accountId" value={accountId} />
        {invoiceIds ? <input type="hidden" name="invoiceIds" value={invoiceIds.join(",")} /> : null}
        <SelectField id={`${id}-method`} label={t("method")} name="methodId" defaultValue={firstChoice} errors={errors.methodId} options={options} onChange={(event) => setChoice(event.target.value)} />
        {choice === NEW_CARD ? (
          <fieldset className="space-y-4">
            <legend className="sr-only">{t("newCard")}</legend>
            <TextField id={`${id}-holderName`} label={tCard("holderName")} name="holderName" autoComplete="cc-name" defaultValue={state.values?.holderName ?? ""} errors={errors.holderName} />
            <TextField id={`${id}-number`} label={tCard("number")} name="number" autoComplete="cc-number" inputMode="numeric" errors={errors.number} hint={testCardsHint ?? undefined} />
            <div className="grid grid-cols-2 gap-4">
              <TextField id={`${id}-expiry`} label={tCard("expiry")} name="expiry" autoComplete="cc-exp" placeholder={tCard("expiryPlaceholder")} defaultValue={state.values?.expiry ?? ""} errors={errors.expiry} />
              <TextField id={`${id}-cvc`} label={tCard("cvc")} name="cvc" autoComplete="cc-csc" inputMode="numeric" errors={errors.cvc} />
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
    </section>
  );
}
