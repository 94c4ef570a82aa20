"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { ResendVerificationForm } from "./resend-verification-form";

/**
 * Uses the verification link: the server marks the address verified and signs the person
 * in (the "email-link" provider), then the user area opens. The link is used by this
 * request, not by the page's GET, so a mail scanner that fetches the link cannot spend it.
 */
export function CompleteVerification({ token }: { token: string }) {
  const t = useTranslations("verifyEmail");
  const router = useRouter();
  const started = useRef(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    signIn("email-link", { token, redirect: false })
      .then((result) => {
        if (result?.ok && !result.error) {
          router.replace("/user?verified=1");
          router.refresh();
        }
        else setFailed(true);
      })
      .catch(() => setFailed(true));
  }, [token, router]);

  if (failed) {
    return (
      <div className="space-y-4">
        <Alert tone="error">{t("invalid")}</Alert>
        <ResendVerificationForm />
      </div>
    );
  }
  return <p role="status">{t("verifying")}</p>;
}
