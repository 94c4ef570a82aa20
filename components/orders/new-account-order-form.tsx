"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { AccountForm, type AccountFormValues } from "@/components/accounts/account-form";
import { SelectField } from "@/components/ui/select-field";
import { PaymentFields } from "./payment-fields";

type NewAccountOrderFormProps = {
  action: (previous: ActionResult<never>, formData: FormData) => Promise<ActionResult<never>>;
  currency: string;
  /** "productId|cycle" with the plan, cycle and price in `currency`. */
  plans: { value: string; label: string }[];
  initial: AccountFormValues;
  countries: readonly { code: string; name: string }[];
  testCardsHint: string | null;
};

/**
 * An order that creates its client account: the account form (billing details, the currency
 * fixed to the one the prices are shown in), the plan, and how to pay. One submit, one transaction.
 */
export function NewAccountOrderForm({ action, currency, plans, initial, countries, testCardsHint }: NewAccountOrderFormProps) {
  const t = useTranslations("orders.newAccount");
  return (
    <AccountForm
      action={action}
      initial={initial}
      countries={countries}
      currencies={[currency]}
      lockedCurrency={currency}
      submitLabel={t("submit")}
      extraFields={(state) => (
        <>
          <SelectField id="new-account-plan" label={t("plan")} name="plan" defaultValue={state.values?.plan ?? plans[0]?.value} errors={state.fieldErrors?.plan} options={plans} />
          <PaymentFields methods={[]} defaultMethodId={null} canSaveCard testCardsHint={testCardsHint} values={state.values} errors={state.fieldErrors ?? {}} />
        </>
      )}
    />
  );
}
