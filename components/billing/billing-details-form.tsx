"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";

export type BillingDetailsValues = Partial<Record<"invoiceEmails", string>>;

type BillingDetailsFormProps = {
  action: (previous: ActionResult<{ saved: boolean }>, formData: FormData) => Promise<ActionResult<{ saved: boolean }>>;
  accountId: string;
  initial: BillingDetailsValues;
};

/**
 * The extra addresses invoices and receipts go to. The name, tax id and address invoices are
 * made out to are edited in the account settings only (one place), not here.
 */
export function BillingDetailsForm({ action, accountId, initial }: BillingDetailsFormProps) {
  const t = useTranslations("billing.details");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<{ saved: boolean }>);
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof BillingDetailsValues) => state.values?.[field] ?? initial[field] ?? "";
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="accountId" value={accountId} />
      <div className="space-y-1">
        <label htmlFor="field-invoiceEmails" className="block text-sm font-medium text-slate-800">
          {t("invoiceEmails")}
        </label>
        <textarea
          id="field-invoiceEmails"
          name="invoiceEmails"
          rows={3}
          defaultValue={value("invoiceEmails")}
          aria-invalid={errors.invoiceEmails?.length ? true : undefined}
          aria-describedby="field-invoiceEmails-hint"
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-600"
        />
        <p id="field-invoiceEmails-hint" className="text-xs text-slate-500">
          {t("invoiceEmailsHint")}
        </p>
        {errors.invoiceEmails?.length ? <p className="text-sm text-red-700">{errors.invoiceEmails.join(" ")}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
