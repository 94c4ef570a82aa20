import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { listMembersAndInvitations, ownEmailCategories } from "@/lib/members/list-members";
import { parseSearch } from "@/lib/pagination/search";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { BUILT_IN_PROFILE_NAMES } from "@/lib/permissions/built-in-profiles";
import { PERMISSION_KEYS } from "@/lib/permissions/catalog";
import { Card } from "@/components/ui/card";
import { ListPager, ListSearch } from "@/components/ui/list-navigation";
import { PageMessage } from "@/components/ui/page-message";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { profileLabel } from "@/components/accounts/profile-label";
import { InviteForm } from "@/components/members/invite-form";
import { MemberGrantForm } from "@/components/members/member-grant-form";
import { RemoveMemberButton, RevokeInvitationButton } from "@/components/members/member-confirmations";
import { ProfileExplanations } from "@/components/members/profile-explanations";
import { explainProfiles } from "@/lib/permissions/explain-profile";
import { NamedProfiles } from "@/components/members/named-profiles";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { reinviteAction } from "./actions";
import { sectionTitle } from "@/lib/navigation/page-title";
import { TableScroll } from "@/components/ui/table-scroll";
import { ActionsHeader } from "@/components/ui/actions-header";

type SearchParams = Promise<{ q?: string; cursor?: string; invitations?: string }>;

export const generateMetadata = () => sectionTitle("users");

export default async function AccountUsersPage({ params, searchParams }: { params: Promise<{ accountId: string }>; searchParams: SearchParams }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement("users"));
  const query = await searchParams;
  const search = parseSearch(query.q);
  const [t, tProfiles, format, listed, ownPreferences] = await Promise.all([
    getTranslations("members"),
    getTranslations("profilesSection"),
    getFormatter(),
    listMembersAndInvitations(access.account, { search: search.valid ? search.term : null, memberCursor: query.cursor, invitationCursor: query.invitations }),
    ownEmailCategories(access.membershipId, accountId),
  ]);
  const { members, invitations, profiles, memberPages, invitationPages } = listed;
  const base = `/accounts/${accountId}/users`;
  const listParams = { q: search.term, cursor: typeof query.cursor === "string" ? query.cursor : undefined, invitations: typeof query.invitations === "string" ? query.invitations : undefined };
  const canManage = meets(access, "users.manage");
  const choices = { builtIn: BUILT_IN_PROFILE_NAMES, named: profiles.map(({ id, name }) => ({ id, name })), keys: PERMISSION_KEYS };
  const memberLabels = await Promise.all(members.map((member) => profileLabel(member.profile)));
  const invitationLabels = await Promise.all(invitations.map((invitation) => profileLabel(invitation.profile)));
  const explained = explainProfiles(profiles);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });

  return (
    <ClientMessages namespaces={["emailCategories", "members", "notifications", "permissions", "profiles", "profilesSection"]}>
      <div className="space-y-6">
        <PageMessage />
        {/* Inviting is what people come here for most: first, with what each profile may do beside it. */}
        {canManage ? (
          <Card title={t("invite.title")}>
            <div className="grid gap-6 lg:grid-cols-2">
              <InviteForm accountId={accountId} choices={choices} />
              <ProfileExplanations profiles={explained} />
            </div>
          </Card>
        ) : (
          <Card title={t("explain.title")}>
            <ProfileExplanations profiles={explained} />
          </Card>
        )}
        <ListSearch id="member-search" base={base} params={{}} query={search.term} label={t("searchLabel")} invalid={!search.valid} />
        <Card title={t("members")}>
          {members.length === 0 && search.term ? <p className="text-sm text-slate-600">{t("noMemberMatch", { query: search.term })}</p> : null}
          <TableScroll label={t("members")}>
          <table className="w-full text-left text-sm">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 font-medium">{t("name")}</th>
                <th className="py-2 font-medium">{t("email")}</th>
                <th className="py-2 font-medium">{t("profile")}</th>
                <th className="py-2 font-medium">{t("joined")}</th>
                {canManage ? <ActionsHeader /> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((member, index) => (
                <tr key={member.id} className="border-t border-slate-100 align-top" data-testid="member-row">
                  <td className="py-2">
                    {member.name}
                    {member.userId === access.user.id ? <span className="text-slate-500"> ({t("you")})</span> : null}
                  </td>
                  <td className="py-2">{member.email}</td>
                  <td className="py-2" data-testid="member-profile">
                    {memberLabels[index]}
                  </td>
                  <td className="py-2 whitespace-nowrap">{date(member.joinedAt)}</td>
                  {canManage ? (
                    <td className="py-2">
                      {!member.isOwner && member.userId !== access.user.id ? (
                        <div className="space-y-2">
                          <MemberGrantForm accountId={accountId} membershipId={member.id} name={member.name} choices={choices} grantValue={member.grantValue} customPermissions={member.customPermissions} />
                          <RemoveMemberButton accountId={accountId} accountName={access.account.legalName} membershipId={member.id} name={member.name} />
                        </div>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
          <ListPager base={base} params={listParams} nextCursor={memberPages.nextCursor} isFirstPage={memberPages.isFirstPage} label={t("memberPages")} testId="member-pager" />
        </Card>

        <Card title={t("yourEmails")}>
          <PreferencesForm accountId={accountId} accountName={access.account.legalName} categories={ownPreferences} isOwner={access.isOwner} />
        </Card>

        <Card title={t("invitations")}>
          {invitations.length === 0 ? (
            <p className="text-sm text-slate-600">{search.term ? t("noInvitationMatch", { query: search.term }) : t("noInvitations")}</p>
          ) : (
            <TableScroll label={t("invitations")}>
            <table className="w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-2 font-medium">{t("email")}</th>
                  <th className="py-2 font-medium">{t("profile")}</th>
                  <th className="py-2 font-medium">{t("invitedBy")}</th>
                  <th className="py-2 font-medium">{t("expires")}</th>
                  {canManage ? <ActionsHeader /> : null}
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation, index) => (
                  <tr key={invitation.id} className="border-t border-slate-100" data-testid="invitation-row">
                    <td className="py-2">{invitation.email}</td>
                    <td className="py-2">{invitationLabels[index]}</td>
                    <td className="py-2">{invitation.invitedBy}</td>
                    <td className="py-2">
                      {invitation.expired ? <span className="text-red-700">{t("expired")}</span> : date(invitation.expiresAt)}
                      {invitation.noLongerValid ? (
                        <span className="block" data-testid="invitation-no-longer-valid">
                          <span className="text-red-700">{t("noLongerValid")}</span>
                          <span className="block text-xs text-slate-600">{t("noLongerValidHint")}</span>
                        </span>
                      ) : null}
                    </td>
                    {canManage ? (
                      <td className="space-x-3 py-2">
                        <SmallActionForm action={reinviteAction} fields={{ accountId, invitationId: invitation.id }} label={t("reinvite")} ariaLabel={`${t("reinvite")}: ${invitation.email}`} />
                        <RevokeInvitationButton accountId={accountId} invitationId={invitation.id} email={invitation.email} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
          <ListPager base={base} params={listParams} cursorParam="invitations" nextCursor={invitationPages.nextCursor} isFirstPage={invitationPages.isFirstPage} label={t("invitationPages")} testId="invitation-pager" />
        </Card>

        {canManage ? (
          <Card title={tProfiles("title")}>
            <NamedProfiles accountId={accountId} keys={PERMISSION_KEYS} profiles={profiles} />
          </Card>
        ) : null}

      </div>
    </ClientMessages>
  );
}
