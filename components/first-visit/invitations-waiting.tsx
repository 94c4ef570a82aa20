import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { MOMENT } from "@/lib/i18n/formats";
import { joinInvitationAction } from "@/app/(app)/user/accounts/actions";

type WaitingInvitation = { id: string; expiresAt: Date; account: { legalName: string }; invitedBy: { name: string } };

/** The invitations sent to the signed-in person's address, each joined with one button. */
export async function InvitationsWaiting({ invitations }: { invitations: WaitingInvitation[] }) {
  if (!invitations.length) return null;
  const [t, format] = await Promise.all([getTranslations("brand.firstVisit"), getFormatter()]);
  return (
    <Card title={t("invitationsTitle")}>
      <p className="mb-3 text-sm text-slate-700">{t("invitationsIntro")}</p>
      <ul className="divide-y divide-slate-100">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="waiting-invitation">
            <div className="text-sm">
              <p>{t("invitation", { inviterName: invitation.invitedBy.name, accountName: invitation.account.legalName })}</p>
              <p className="text-slate-600">{t("expires", { date: format.dateTime(invitation.expiresAt, MOMENT) })}</p>
            </div>
            <SmallActionForm action={joinInvitationAction} fields={{ invitationId: invitation.id }} label={t("join", { accountName: invitation.account.legalName })} variant="primary" />
          </li>
        ))}
      </ul>
    </Card>
  );
}
