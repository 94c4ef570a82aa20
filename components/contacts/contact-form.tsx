"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { languageName, locales } from "@/lib/i18n/config";
import { TextField } from "@/components/ui/text-field";
import { CategoryCheckboxes } from "@/components/notifications/category-checkboxes";

const TEXT_FIELDS = [
  ["firstName", "given-name"],
  ["lastName", "family-name"],
  ["company", "organization"],
  ["email", "email"],
  ["phone", "tel"],
  ["addressLine1", "address-line1"],
  ["addressLine2", "address-line2"],
  ["postcode", "postal-code"],
  ["city", "address-level2"],
  ["region", "address-level1"],
] as const;

export type ContactFormValues = Partial<Record<(typeof TEXT_FIELDS)[number][0] | "country" | "locale", string>> & { categories?: string[] };

type ContactFormProps<TData> = {
  action: (previous: ActionResult<TData>, formData: FormData) => Promise<ActionResult<TData>>;
  accountId: string;
  contactId?: string;
  initial: ContactFormValues;
  countries: readonly { code: string; name: string }[];
  submitLabel: string;
};

/** A contact's details and email categories; used to create and to edit. */
export function ContactForm<TData>({ action, accountId, contactId, initial, countries, submitLabel }: ContactFormProps<TData>) {
  const t = useTranslations("contacts");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<TData>);
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof ContactFormValues) => state.values?.[field] ?? (initial[field] as string | undefined) ?? "";
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormFeedback state={state} success={contactId ? t("saved") : null} />
      <input type="hidden" name="accountId" value={accountId} />
      {contactId ? <input type="hidden" name="contactId" value={contactId} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map(([field, autoComplete]) => (
          <TextField key={field} label={t(`fields.${field}`)} name={field} autoComplete={autoComplete} type={field === "email" ? "email" : "text"} defaultValue={value(field)} errors={errors[field]} />
        ))}
      </div>
      <SelectField label={t("fields.country")} name="country" placeholder={t("chooseCountry")} defaultValue={value("country")} errors={errors.country} options={countries.map((c) => ({ value: c.code, label: c.name }))} />
      <SelectField
        label={t("fields.locale")}
        name="locale"
        defaultValue={value("locale")}
        errors={errors.locale}
        options={locales.map((code) => ({ value: code, label: languageName(code), lang: code }))}
      />
      <CategoryCheckboxes legend={t("categories")} idPrefix={contactId ?? "new-contact"} checked={state.values?.categories?.split(",") ?? initial.categories ?? []} />
      {errors.categories ? <p className="text-sm text-red-700">{errors.categories.join(" ")}</p> : null}
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
