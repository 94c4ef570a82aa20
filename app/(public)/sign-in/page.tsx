import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentSession } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "@/components/auth/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type SearchParams = Promise<{ callbackUrl?: string; signedOut?: string; passwordReset?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const session = await getCurrentSession();
  if (session?.awaitingSecondFactor) redirect(`/sign-in/two-factor?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (session) redirect(callbackUrl);
  const t = await getTranslations("signIn");
  return (
    <ClientMessages namespaces={["errors", "resendVerification", "signIn"]}>
      <div className="space-y-4">
        {params.signedOut ? <Alert tone="info">{t("signedOut")}</Alert> : null}
        {params.passwordReset ? <Alert tone="success">{t("passwordReset")}</Alert> : null}
        {params.callbackUrl && !params.signedOut ? <Alert tone="info">{t("signInToContinue")}</Alert> : null}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </ClientMessages>
  );
}
