import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentSession } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { SecondFactorForm } from "@/components/auth/second-factor-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactorStep"))("title") };
}

/** Only a session that gave its password and still owes the code comes here. */
export default async function TwoFactorStepPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const session = await getCurrentSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!session.awaitingSecondFactor) redirect(callbackUrl);
  return (
    <ClientMessages namespaces={["twoFactorStep"]}>
      <SecondFactorForm callbackUrl={callbackUrl} />
    </ClientMessages>
  );
}
