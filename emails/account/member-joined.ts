import type { AccountMessageContext } from "@/lib/notifications/notify-account";
import { renderAccountEmail } from "./render-account-email";

export type MemberJoinedData = { memberName: string; url: string };

/** General: someone joined the account (sent when an invitation is accepted). */
export const memberJoinedEmail = (data: MemberJoinedData) => (context: AccountMessageContext) =>
  renderAccountEmail(context, {
    template: "member-joined",
    category: "GENERAL",
    subject: context.t("emails.memberJoined.subject", { accountName: context.accountName }),
    paragraphs: [context.t("emails.memberJoined.body", { memberName: data.memberName, accountName: context.accountName })],
    action: { label: context.t("emails.memberJoined.action"), url: data.url },
  });

export const memberJoinedPreview: MemberJoinedData = { memberName: "Ben Okafor", url: "http://localhost:3000/accounts/example/users" };
