import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgotPassword"))("title") };
}

export default function ForgotPasswordPage() {
  return (
    <ClientMessages namespaces={["forgotPassword"]}>
      <ForgotPasswordForm />
    </ClientMessages>
  );
}
