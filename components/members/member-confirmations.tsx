"use client";

import { useTranslations } from "next-intl";
import { removeMemberAction, revokeInvitationAction } from "@/app/(app)/accounts/[accountId]/users/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** Removes a member after asking: they lose access at once, and only a new invitation brings them back. */
export function RemoveMemberButton({ accountId, accountName, membershipId, name }: { accountId: string; accountName: string; membershipId: string; name: string }) {
  const t = useTranslations("members");
  const tConfirm = useTranslations("forms.confirm.removeMember");
  return (
    <ConfirmDialog
      action={removeMemberAction}
      fields={{ accountId, membershipId }}
      triggerLabel={t("remove")}
      triggerAriaLabel={`${t("remove")}: ${name}`}
      triggerVariant="link"
      title={tConfirm("title", { name, account: accountName })}
      description={<p>{tConfirm("description", { name })}</p>}
      confirmLabel={tConfirm("confirm")}
      tone="danger"
      success={() => tConfirm("done", { name })}
      testId="remove-member-dialog"
    />
  );
}

/** Revokes an invitation after asking: the link in the email stops working. */
export function RevokeInvitationButton({ accountId, invitationId, email }: { accountId: string; invitationId: string; email: string }) {
  const t = useTranslations("members");
  const tConfirm = useTranslations("forms.confirm.revokeInvitation");
  return (
    <ConfirmDialog
      action={revokeInvitationAction}
      fields={{ accountId, invitationId }}
      triggerLabel={t("revoke")}
      triggerAriaLabel={`${t("revoke")}: ${email}`}
      triggerVariant="link"
      title={tConfirm("title", { email })}
      description={<p>{tConfirm("description")}</p>}
      confirmLabel={tConfirm("confirm")}
      tone="danger"
      success={() => tConfirm("done", { email })}
      testId="revoke-invitation-dialog"
    />
  );
}
