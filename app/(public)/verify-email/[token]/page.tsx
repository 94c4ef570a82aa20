import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { inspectVerificationToken } from "@/lib/users/verify-email";
import { Alert } from "@/components/ui/alert";
import { CompleteVerification } from "@/components/auth/complete-verification";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifyEmail"))("title") };
}

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("verifyEmail");
  const state = token.length <= 200 ? await inspectVerificationToken(token) : "unknown";
  return (
    <ClientMessages namespaces={["resendVerification", "verifyEmail"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {state === "valid" ? (
          <CompleteVerification token={token} />
        ) : (
          <>
            <Alert tone="error">{t(state)}</Alert>
            <p className="text-sm text-slate-600">{t("askNewLink")}</p>
            <ResendVerificationForm />
          </>
        )}
      </div>
    </ClientMessages>
  );
}
