"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { MAX_MESSAGE, MAX_SUBJECT, TICKET_DEPARTMENTS, TICKET_PRIORITIES } from "@/lib/support/schemas";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "@/components/ui/text-area-field";

type OpenTicketFormProps = {
  action: (previous: ActionResult<never>, formData: FormData) => Promise<ActionResult<never>>;
  accountId: string;
  services: { id: string; label: string }[];
};

/** A new ticket; on success the action goes to the ticket's page, on failure each field shows its message and keeps what was typed. */
export function OpenTicketForm({ action, accountId, services }: OpenTicketFormProps) {
  const t = useTranslations("support.new");
  const tSupport = useTranslations("support");
  const [state, formAction, pending] = useActionState(action, initialActionResult);
  const values = state.values ?? {};
  return (
    <form action={formAction} className="max-w-2xl space-y-4">
      <FormFeedback state={state} />
      <input type="hidden" name="accountId" value={accountId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("department")}
          name="department"
          defaultValue={values.department ?? "TECHNICAL"}
          errors={state.fieldErrors?.department}
          options={TICKET_DEPARTMENTS.map((department) => ({ value: department, label: tSupport(`departments.${department}`) }))}
        />
        <SelectField
          label={t("priority")}
          name="priority"
          defaultValue={values.priority ?? "MEDIUM"}
          errors={state.fieldErrors?.priority}
          options={TICKET_PRIORITIES.map((priority) => ({ value: priority, label: tSupport(`priorities.${priority}`) }))}
        />
      </div>
      <SelectField
        label={t("service")}
        name="serviceId"
        placeholder={t("noService")}
        defaultValue={values.serviceId ?? ""}
        errors={state.fieldErrors?.serviceId}
        options={services.map((service) => ({ value: service.id, label: service.label }))}
      />
      <TextField label={t("subject")} name="subject" defaultValue={values.subject} errors={state.fieldErrors?.subject} maxLength={MAX_SUBJECT} required />
      <TextAreaField label={t("message")} name="message" defaultValue={values.message} errors={state.fieldErrors?.message} hint={t("messageHint", { max: MAX_MESSAGE })} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
