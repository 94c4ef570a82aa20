"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { showPageMessage } from "@/components/ui/page-message";
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
  /** The invoice's number, for the confirmation ("INV-2026-000042 is paid…"). */
  number: string;
};

/**
 * Pays the invoice with a saved method; a refusal (declined card, already paid) shows here.
 * On success the action revalidates the page, which then shows the invoice paid, with its
 * payment, and no longer this form: the confirmation (what was paid, with which card) is
 * said in the page's message region, which outlives the form and takes focus.
 */
export function PayInvoiceForm({ action, accountId, invoiceId, methods, defaultMethodId, total, number }: PayInvoiceFormProps) {
  const t = useTranslations("invoices.pay");
  const tPaid = useTranslations("forms.paid");
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<{ paid: boolean }>, formData: FormData) => {
    const result = await action(previous, formData);
    if (result?.ok) {
      const method = methods.find((candidate) => candidate.id === formData.get("methodId"))?.label ?? "";
      showPageMessage(tPaid("confirmation", { number, total, method }));
    }
    return result;
  }, initialActionResult as ActionResult<{ paid: boolean }>);
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
