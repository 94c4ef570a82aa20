"use client";

import { useActionState, useMemo } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";

type Result = ActionResult<{ nameservers: string[] }>;

type NameserversFormProps = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  accountId: string;
  domainId: string;
  nameservers: string[];
};

/**
 * The nameservers, one per line. The domain function checks the whole list and its message
 * names the line at fault; it is shown under the textarea as the field's error, and what was
 * typed stays in the box to be corrected.
 */
export function NameserversForm({ action, accountId, domainId, nameservers }: NameserversFormProps) {
  const t = useTranslations("domains.nameserversForm");
  const [state, formAction, pending] = useActionState(action, initialActionResult as Result);
  const typed = state.values?.nameservers ?? nameservers.join("\n");
  // The domain function's message names the line at fault: it belongs to the field, in the summary too.
  const feedback = useMemo(() => (state.error ? { ok: false, fieldErrors: { nameservers: [state.error] } } : state), [state]);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="domainId" value={domainId} />
      <FormFeedback state={feedback} success={t("saved")} />
      <TextAreaField
        // Remounted with each result: React resets a form after its action, and the box keeps what was sent.
        key={typed}
        id={`nameservers-${domainId}`}
        label={t("label")}
        name="nameservers"
        rows={4}
        defaultValue={typed}
        errors={state.error ? [state.error] : state.fieldErrors?.nameservers}
        hint={t("hint")}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm aria-[invalid=true]:border-red-600"
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
