"use client";

import { useActionState } from "react";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { PaymentFields } from "./payment-fields";

type CheckoutFormProps = {
  action: (previous: ActionResult<never>, formData: FormData) => Promise<ActionResult<never>>;
  accountId: string;
  methods: { id: string; label: string }[];
  defaultMethodId: string | null;
  canSaveCard: boolean;
  testCardsHint: string | null;
  submitLabel: string;
};

/**
 * Places the order and pays it. The server prices everything again; a changed price stops
 * here with the new prices shown in the cart, and nothing charged. Success goes to the order's page.
 */
export function CheckoutForm({ action, accountId, submitLabel, ...payment }: CheckoutFormProps) {
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<never>);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormFeedback state={state} />
      <input type="hidden" name="accountId" value={accountId} />
      <PaymentFields {...payment} values={state.values} errors={state.fieldErrors ?? {}} />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
