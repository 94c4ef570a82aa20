"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

type AddPlanFormProps = {
  action: (previous: ActionResult<{ itemId: string }>, formData: FormData) => Promise<ActionResult<{ itemId: string }>>;
  accountId: string;
  plan: { id: string; name: string };
  /** Each cycle the plan is sold for, labelled with its price in the account's currency. */
  cycles: { value: string; label: string }[];
};

/** One plan of the catalog: choose the billing cycle, add it to the cart (priced again on the server). */
export function AddPlanForm({ action, accountId, plan, cycles }: AddPlanFormProps) {
  const t = useTranslations("orders.catalog");
  const [state, formAction, pending] = useActionState(action, initialActionResult as ActionResult<{ itemId: string }>);
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid={`add-plan-${plan.name}`}>
      <FormFeedback state={state} success={t("added", { item: plan.name })} />
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="productId" value={plan.id} />
      <SelectField id={`cycle-${plan.id}`} label={t("cycle")} name="cycle" defaultValue={state.values?.cycle ?? cycles[0]?.value} errors={state.fieldErrors?.cycle} options={cycles} />
      {/* The name begins with the visible words, so a voice user saying "Add to cart" reaches it (WCAG 2.5.3). */}
      <Button type="submit" disabled={pending} aria-label={t("addNamed", { item: plan.name })}>
        {t("add")}
      </Button>
    </form>
  );
}
