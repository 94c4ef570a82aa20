"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

const TEXT_FIELDS = [
  ["legalName", "organization"],
  ["taxId", "off"],
  ["addressLine1", "address-line1"],
  ["addressLine2", "address-line2"],
  ["postcode", "postal-code"],
  ["city", "address-level2"],
  ["region", "address-level1"],
] as const;

export type BillingDetailsValues = Partial<Record<(typeof TEXT_FIELDS)[number][0] | "country" | "invoiceEmails", string>>;

type BillingDetailsFormProps = {
  action: (previous: ActionResult<{ saved: boolean }>, formData: FormData) => Promise<ActionResult<{ saved: boolean }>>;
  accountId: string;
  initial: BillingDetailsValues;
  countries: readonly { code: string; name: string }[];
};

/** The name, tax id and address new invoices are made out to, and extra invoice addresses. */
export function BillingDetailsForm({ action, accountId, initial, countries }: BillingDetailsFormProps) {
  const t = useTranslations("billing.details");
  const tAccount = useTranslations("accounts.form");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<{ saved: boolean }>);
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof BillingDetailsValues) => state.values?.[field] ?? initial[field] ?? "";
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="accountId" value={accountId} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map(([field, autoComplete]) => (
          <TextField key={field} label={tAccount(field)} name={field} autoComplete={autoComplete} defaultValue={value(field)} errors={errors[field]} />
        ))}
      </div>
      <SelectField
        label={tAccount("country")}
        name="country"
        defaultValue={value("country")}
        errors={errors.country}
        placeholder={tAccount("chooseCountry")}
        options={countries.map((country) => ({ value: country.code, label: country.name }))}
      />
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
