import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { inspectInvitation } from "@/lib/invitations/accept-invitation";
import { Alert } from "@/components/ui/alert";
import { AcceptInvitationButton, SignUpFromInvitation } from "@/components/invitations/accept-invitation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title") };
}

/**
 * An invitation link. Looking spends nothing. The signed-in user with the invited address
 * accepts; someone else is told to switch; a visitor signs in, or signs up with the email
 * fixed and joins after following the verification link sent to it.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, invitation, user] = await Promise.all([getTranslations("invite"), token.length <= 200 ? inspectInvitation(token) : null, getCurrentUser()]);
  const view = invitation ?? { state: "unknown" as const };

  let body;
  if (view.state !== "valid" || !view.email) {
    body = <Alert tone="error">{t(view.state)}</Alert>;
  } else if (user && user.email === view.email) {
    body = <AcceptInvitationButton token={token} />;
  } else if (user) {
    body = <Alert tone="error">{t("wrongUser", { current: user.email, email: view.email })}</Alert>;
  } else if (view.awaitingVerification) {
    body = <Alert tone="info">{t("awaitingVerification", { email: view.email })}</Alert>;
  } else if (view.emailHasUser) {
    body = (
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="block rounded-md bg-blue-700 px-4 py-2 text-center font-medium text-white">
        {t("signInToAccept", { email: view.email })}
      </Link>
    );
  } else {
    body = <SignUpFromInvitation token={token} email={view.email} />;
  }

  return (
    <ClientMessages namespaces={["invite"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {view.state === "valid" ? (
          <>
            <p className="text-sm text-slate-700">{t("intro", { inviterName: view.inviterName ?? "", accountName: view.accountName ?? "" })}</p>
            <p className="text-sm text-slate-600">{t("forEmail", { email: view.email ?? "" })}</p>
          </>
        ) : null}
        {body}
      </div>
    </ClientMessages>
  );
}
