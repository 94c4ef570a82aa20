"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type AddDomainFormProps = {
  action: (previous: ActionResult<{ itemId: string }>, formData: FormData) => Promise<ActionResult<{ itemId: string }>>;
  accountId: string;
  name: string;
  operation: "register" | "transfer";
  /** Registration: each number of years with its price. */
  years?: { value: string; label: string }[];
  /** The account itself first (value ""), then its contacts: the agency's customers. */
  registrants: { value: string; label: string }[];
};

/** A searched name into the cart: registered for some years, or transferred in with its code; held by the account or a contact. */
export function AddDomainForm({ action, accountId, name, operation, years, registrants }: AddDomainFormProps) {
  const t = useTranslations("orders.domainSearch");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<{ itemId: string }>);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormFeedback state={state} success={t("added", { domain: name })} />
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="name" value={name} />
      <input type="hidden" name="operation" value={operation} />
      {operation === "register" && years ? (
        <SelectField id="domain-years" label={t("years")} name="years" defaultValue={state.values?.years ?? "1"} errors={errors.years} options={years} />
      ) : (
        <TextField id="domain-transfer-code" label={t("transferCode")} name="transferCode" autoComplete="off" errors={errors.transferCode} hint={t("transferCodeHint")} />
      )}
      <SelectField id="domain-registrant" label={t("registrant")} name="registrantContactId" defaultValue={state.values?.registrantContactId ?? ""} hint={t("registrantHint")} errors={errors.registrantContactId} options={registrants} />
      <Button type="submit" disabled={pending}>
        {operation === "register" ? t("register") : t("transfer")}
      </Button>
    </form>
  );
}
