import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { accountOverview } from "@/lib/accounts/overview";
import { meets, requireAccountPage } from "@/lib/permissions/account-access";
import { sectionRequirement } from "@/lib/permissions/account-sections";
import { profileRef } from "@/lib/permissions/profile-ref";
import { Card } from "@/components/ui/card";
import { profileLabel } from "@/components/accounts/profile-label";

export default async function AccountOverviewPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const access = await requireAccountPage(accountId, sectionRequirement(""));
  const [t, overview] = await Promise.all([getTranslations("accountArea.overview"), accountOverview(access)]);
  const profile = await profileLabel(profileRef(access));
  const base = `/accounts/${accountId}`;
  return (
    <div className="space-y-6">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700" data-testid="your-profile">
        {t("youAre", { profile })}
      </p>
      {overview.members !== null ? (
        <Card>
          <p className="text-sm">
            {t("members", { count: overview.members })} · {t("pendingInvitations", { count: overview.pendingInvitations ?? 0 })}
          </p>
        </Card>
      ) : null}
      <Card title={t("nextSteps")}>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {meets(access, "users.manage") ? (
            <li>
              <Link href={`${base}/users`} className="text-blue-700 underline">
                {t("inviteSomeone")}
              </Link>
            </li>
          ) : null}
          {meets(access, "audit.view") ? (
            <li>
              <Link href={`${base}/activity`} className="text-blue-700 underline">
                {t("reviewActivity")}
              </Link>
            </li>
          ) : null}
        </ul>
      </Card>
    </div>
  );
}
