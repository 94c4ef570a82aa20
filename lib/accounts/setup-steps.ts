import "server-only";
import { db } from "@/lib/db";
import { meets, type AccountAccess } from "@/lib/permissions/account-access";

export const SETUP_STEPS = ["billingDetails", "card", "invite"] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/**
 * What is left to set up in an account, computed from its data each time, so a step leaves
 * the list the moment it is done, whoever did it and however (the billing page, the API):
 * - billingDetails: a company without its tax id (a private person has none to give), given
 *   in the account's settings, the one place for company details;
 * - card: no saved payment method;
 * - invite: nobody but the owner, and no invitation ever sent.
 * Each only for a member who may do it (account.edit, billing.manage, users.manage): a step someone
 * cannot take is not theirs to be reminded of.
 */
export async function setupSteps(access: AccountAccess): Promise<SetupStep[]> {
  const accountId = access.account.id;
  const canEdit = meets(access, "account.edit");
  const canBill = meets(access, "billing.manage");
  const canInvite = meets(access, "users.manage");
  const [account, cards, members, invitations] = await Promise.all([
    canEdit ? db.clientAccount.findUniqueOrThrow({ where: { id: accountId }, select: { kind: true, taxId: true } }) : null,
    canBill ? db.paymentMethod.count({ where: { accountId } }) : 0,
    canInvite ? db.membership.count({ where: { accountId } }) : 0,
    canInvite ? db.invitation.count({ where: { accountId } }) : 0,
  ]);
  const open: Record<SetupStep, boolean> = {
    billingDetails: !!account && account.kind === "COMPANY" && !account.taxId,
    card: canBill && cards === 0,
    invite: canInvite && members <= 1 && invitations === 0,
  };
  return SETUP_STEPS.filter((step) => open[step]);
}
