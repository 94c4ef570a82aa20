"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { secondFactorAction } from "@/app/(public)/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function SecondFactorForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("twoFactorStep");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(secondFactorAction, initialActionResult);

  useEffect(() => {
    if (!state.ok) return;
    // The cookie already names this session; the server now counts it as signed in.
    router.replace(callbackUrl);
    router.refresh();
  }, [state.ok, callbackUrl, router]);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <FormFeedback state={state} />
      <TextField
        label={t("code")}
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        autoFocus
        hint={t("recoveryHint")}
        errors={state.fieldErrors?.code}
        required
      />
      <Button type="submit" disabled={pending || state.ok} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
      <Button variant="link" onClick={() => signOut({ callbackUrl: "/sign-in" })}>
        {t("cancel")}
      </Button>
    </form>
  );
}
