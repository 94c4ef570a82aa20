"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { MAX_MESSAGE } from "@/lib/support/schemas";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";

type Result = ActionResult<{ replied: boolean }>;

type ReplyFormProps = {
  action: (previous: Result, formData: FormData) => Promise<Result>;
  accountId: string;
  ticketId: string;
};

/** A reply to the ticket; after a success the box is empty again (the page shows the reply in the conversation). */
export function ReplyForm({ action, accountId, ticketId }: ReplyFormProps) {
  const t = useTranslations("support.reply");
  const [state, formAction, pending] = useActionState(action, initialActionResult as Result);
  return (
    <form action={formAction} className="space-y-3">
      <FormFeedback state={state} />
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <TextAreaField
        // Kept after a refusal (to fix and resend), emptied after a success.
        key={state.ok ? "sent" : "draft"}
        label={t("label")}
        name="message"
        defaultValue={state.ok ? "" : state.values?.message}
        errors={state.fieldErrors?.message}
        hint={t("hint", { max: MAX_MESSAGE })}
        rows={5}
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
