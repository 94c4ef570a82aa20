"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { languageName, locales } from "@/lib/i18n/config";

export type AccountFormValues = Partial<Record<"kind" | "legalName" | "taxId" | "addressLine1" | "addressLine2" | "city" | "region" | "postcode" | "country" | "currency" | "documentLocale", string>>;

type AccountFormProps<TData> = {
  action: (previous: ActionResult<TData>, formData: FormData) => Promise<ActionResult<TData>>;
  /** Sent along for an existing account (edit); absent when creating. */
  accountId?: string;
  initial: AccountFormValues;
  countries: readonly { code: string; name: string }[];
  currencies: readonly string[];
  submitLabel: string;
  /** The currency when the account has invoices: shown, sent as it is, not offered for change (the server refuses it too). */
  lockedCurrency?: string | null;
  /** More fields before the submit button, with the form's result (an order that creates its account adds the plan and payment). */
  extraFields?: (state: ActionResult<TData>) => ReactNode;
};

/** The company profile of an account: used to create one and to edit it. */
export function AccountForm<TData>({ action, accountId, initial, countries, currencies, submitLabel, lockedCurrency, extraFields }: AccountFormProps<TData>) {
  const t = useTranslations("accounts");
  const tMoney = useTranslations("money.currency");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<TData>);
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof AccountFormValues) => state.values?.[field] ?? initial[field] ?? "";
  const text = (field: keyof AccountFormValues, autoComplete?: string) => (
    <TextField label={t(`form.${field}`)} name={field} autoComplete={autoComplete} defaultValue={value(field)} errors={errors[field]} />
  );
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormFeedback state={state} success={accountId ? t("form.saved") : null} />
      {accountId ? <input type="hidden" name="accountId" value={accountId} /> : null}
      <SelectField
        label={t("form.kind")}
        name="kind"
        defaultValue={value("kind") || "COMPANY"}
        errors={errors.kind}
        options={[
          { value: "COMPANY", label: t("kinds.COMPANY") },
          { value: "PERSON", label: t("kinds.PERSON") },
        ]}
      />
      {text("legalName", "organization")}
      {text("taxId")}
      {text("addressLine1", "address-line1")}
      {text("addressLine2", "address-line2")}
      <div className="grid grid-cols-2 gap-4">
        {text("postcode", "postal-code")}
        {text("city", "address-level2")}
      </div>
      {text("region", "address-level1")}
      <SelectField
        label={t("form.country")}
        name="country"
        defaultValue={value("country")}
        errors={errors.country}
        placeholder={t("form.chooseCountry")}
        options={countries.map((country) => ({ value: country.code, label: country.name }))}
      />
      {lockedCurrency ? (
        <div className="space-y-1 text-sm">
          <p className="font-medium text-slate-800">{t("form.currency")}</p>
          <p className="text-slate-700" data-testid="currency-locked">
            {tMoney("locked", { currency: lockedCurrency })}
          </p>
          <input type="hidden" name="currency" value={lockedCurrency} />
        </div>
      ) : (
        <SelectField label={t("form.currency")} name="currency" defaultValue={value("currency") || "EUR"} errors={errors.currency} options={currencies.map((code) => ({ value: code, label: code }))} />
      )}
      <SelectField
        label={t("form.documentLocale")}
        name="documentLocale"
        defaultValue={value("documentLocale")}
        hint={t("form.documentLocaleHint")}
        errors={errors.documentLocale}
        options={locales.map((code) => ({ value: code, label: languageName(code), lang: code }))}
      />
      {extraFields?.(state)}
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
