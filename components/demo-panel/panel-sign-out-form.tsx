"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { panelSignOutAction } from "@/app/demo-panel/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";

export function PanelSignOutForm() {
  const t = useTranslations("services.demoPanel");
  const [, formAction, pending] = useActionState(panelSignOutAction, initialActionResult);
  return (
    <form action={formAction}>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("signOut")}
      </Button>
    </form>
  );
}
