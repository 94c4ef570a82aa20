import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inspectPasswordResetToken } from "@/lib/users/password-reset";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resetPassword"))("title") };
}

/** Looking at the link spends nothing; only setting the password does. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("resetPassword");
  const state = token.length <= 200 ? await inspectPasswordResetToken(token) : "unknown";
  return (
    <ClientMessages namespaces={["resetPassword"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {state === "valid" ? (
          <ResetPasswordForm token={token} />
        ) : (
          <>
            <Alert tone="error">{t(state)}</Alert>
            <Link href="/forgot-password" className="inline-block font-medium text-blue-700 underline">
              {t("askNewLink")}
            </Link>
          </>
        )}
      </div>
    </ClientMessages>
  );
}
