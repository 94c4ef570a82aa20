"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback, type FeedbackState } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ResendVerificationForm } from "./resend-verification-form";

type SignInError = { code: string; email: string } | null;

/** The password form; next-auth checks the credentials on the server (lib/auth/options.ts). */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const router = useRouter();

  // The server sends "code" or "code:minutes" (lib/auth/options.ts).
  function errorMessage(sent: string): string {
    const [code, minutes] = sent.split(":");
    const key = `errors.${code}`;
    return t.has(key) ? t(key, { minutes: Number(minutes ?? 15) }) : t("errors.invalidCredentials");
  }
  const [error, setError] = useState<SignInError>(null);
  const [pending, setPending] = useState(false);
  // Each refusal is a new object, so the feedback treats each attempt as a new submit and takes focus.
  const [feedback, setFeedback] = useState<FeedbackState>(initialActionResult);

  function refuse(code: string, email: string) {
    setError({ code, email });
    setFeedback({ ok: false, error: errorMessage(code) });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    setPending(true);
    setError(null);
    try {
      const result = await signIn("password", { email, password: String(form.get("password") ?? ""), redirect: false });
      if (result?.ok && !result.error) {
        // refresh() makes every server component render again with the new session cookie.
        // With two-factor on, the page behind callbackUrl sends the person to the code step.
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      refuse(result?.error ?? "generic", email);
    } catch {
      refuse("unavailable", email);
    }
    setPending(false);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("signIn.title")}</h1>
        <FormFeedback state={feedback} />
        <TextField label={t("signIn.email")} name="email" type="email" autoComplete="email" required />
        <TextField label={t("signIn.password")} name="password" type="password" autoComplete="current-password" required />
        <Link href="/forgot-password" className="inline-block text-sm font-medium text-blue-700 underline">
          {t("signIn.forgotPassword")}
        </Link>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("signIn.submitting") : t("signIn.submit")}
        </Button>
      </form>
      {error?.code === "emailNotVerified" ? <ResendVerificationForm email={error.email} /> : null}
      <p className="text-sm text-slate-600">
        {t("signIn.noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-blue-700 underline">
          {t("signIn.signUpLink")}
        </Link>
      </p>
    </div>
  );
}
