"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

type Result = ActionResult<{ saved: boolean }>;

type RegistrantFormProps = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  accountId: string;
  domainId: string;
  /** The account's own contacts: the registrant is always one of them. */
  contacts: { id: string; label: string }[];
  currentId: string | null;
};

export function RegistrantForm({ action, accountId, domainId, contacts, currentId }: RegistrantFormProps) {
  const t = useTranslations("domains.registrantForm");
  const [state, formAction, pending] = useActionState(action, initialActionResult as Result);
  return (
    <form action={formAction} className="space-y-3">
      <FormFeedback state={state} success={t("saved")} />
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="domainId" value={domainId} />
      <SelectField
        id={`registrant-${domainId}`}
        label={t("label")}
        name="contactId"
        placeholder={t("choose")}
        defaultValue={state.values?.contactId ?? currentId ?? ""}
        errors={state.fieldErrors?.contactId}
        options={contacts.map((contact) => ({ value: contact.id, label: contact.label }))}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
