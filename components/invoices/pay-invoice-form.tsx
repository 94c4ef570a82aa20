"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

type PayInvoiceFormProps = {
  action: (previous: ActionResult<{ paid: boolean }>, formData: FormData) => Promise<ActionResult<{ paid: boolean }>>;
  accountId: string;
  invoiceId: string;
  /** The account's saved methods, labelled; the default one is chosen first. */
  methods: { id: string; label: string }[];
  defaultMethodId: string | null;
  total: string;
};

/**
 * Pays the invoice with a saved method; a refusal (declined card, already paid) shows here.
 * On success the action revalidates the page, which then shows the invoice paid, with its
 * payment, and no longer this form.
 */
export function PayInvoiceForm({ action, accountId, invoiceId, methods, defaultMethodId, total }: PayInvoiceFormProps) {
  const t = useTranslations("invoices.pay");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<{ paid: boolean }>);
  return (
    <form action={formAction} className="max-w-md space-y-4">
      <FormFeedback state={state} />
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <SelectField
        label={t("method")}
        name="methodId"
        defaultValue={state.values?.methodId ?? defaultMethodId ?? methods[0]?.id}
        errors={state.fieldErrors?.methodId}
        options={methods.map((method) => ({ value: method.id, label: method.label }))}
      />
      <Button type="submit" disabled={pending}>
        {t("submit", { total })}
      </Button>
    </form>
  );
}
