"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { openControlPanelAction, openWebmailAction } from "@/app/(app)/accounts/[accountId]/services/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";

const ACTIONS = { CONTROL_PANEL: openControlPanelAction, WEBMAIL: openWebmailAction };

/**
 * Asks the server for a one-time sign-on link and follows it. The link is made on click,
 * not rendered into the page, so it cannot sit in a cached page or the history unused.
 */
export function OpenPanelButton({ accountId, serviceId, app }: { accountId: string; serviceId: string; app: keyof typeof ACTIONS }) {
  const t = useTranslations("services.access");
  const [state, formAction, pending] = useActionState(ACTIONS[app], initialActionResult);
  useEffect(() => {
    if (state.ok) window.location.assign(state.data.url);
  }, [state]);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <Button type="submit" disabled={pending || state.ok}>
        {pending || state.ok ? t("opening") : t(app === "CONTROL_PANEL" ? "openControlPanel" : "openWebmail")}
      </Button>
      {state.error ? (
        <span role="alert" className="text-sm text-red-700">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
