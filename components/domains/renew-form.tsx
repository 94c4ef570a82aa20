"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

type Result = ActionResult<{ invoiceId: string; number: string; created: boolean; paid: boolean }>;

type RenewFormProps = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  accountId: string;
  domainId: string;
  /** Each number of years allowed now, labelled with its price from the catalog (the server prices the invoice again). */
  options: { years: number; label: string }[];
};

/** Renews a domain by hand: the years, then Renew, which issues the renewal invoice shown in its place. */
export function RenewForm({ action, accountId, domainId, options }: RenewFormProps) {
  const t = useTranslations("domainRenewals.form");
  const [state, formAction, pending] = useActionState(action, initialActionResult as Result);
  return (
    <form id="renew-domain" action={formAction} className="max-w-md space-y-3">
      <FormFeedback state={state} />
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="domainId" value={domainId} />
      <SelectField
        id={`renew-years-${domainId}`}
        label={t("years")}
        name="years"
        defaultValue={state.values?.years ?? "1"}
        errors={state.fieldErrors?.years}
        options={options.map((option) => ({ value: String(option.years), label: option.label }))}
        hint={t("hint")}
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
