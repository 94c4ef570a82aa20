"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction, signUpFromInvitationAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { BrowserTimeZoneField } from "@/components/i18n/browser-time-zone-field";

export function AcceptInvitationButton({ token }: { token: string }) {
  const t = useTranslations("invite");
  const [state, formAction, pending] = useActionState(acceptInvitationAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-3">
      <FormFeedback state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending} className="w-full">
        {t("accept")}
      </Button>
    </form>
  );
}

/**
 * A new person: name and password, the email fixed by the invitation. They join once they
 * follow the verification link sent to that address (lib/invitations/accept-invitation.ts).
 */
export function SignUpFromInvitation({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const [state, formAction, pending] = useActionState(signUpFromInvitationAction, initialActionResult);
  // One feedback region for both views, so the success is announced and focused.
  return (
    <div className="space-y-2">
      {state.ok ? <h2 className="text-lg font-semibold">{t("checkEmailTitle")}</h2> : null}
      <FormFeedback state={state} success={state.ok ? t("checkEmailBody", { email: state.data.email }) : null} />
      {state.ok ? null : (
        <form action={formAction} className="space-y-4" noValidate>
          <p className="text-sm text-slate-600">{t("signUpIntro")}</p>
          <input type="hidden" name="token" value={token} />
          <BrowserTimeZoneField />
          <TextField label={t("email")} name="email-shown" value={email} readOnly disabled />
          <TextField label={t("name")} name="name" autoComplete="name" defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
          <TextField label={t("password")} name="password" type="password" autoComplete="new-password" hint={t("passwordHint")} errors={state.fieldErrors?.password} />
          <Button type="submit" disabled={pending} className="w-full">
            {t("signUp")}
          </Button>
        </form>
      )}
    </div>
  );
}
