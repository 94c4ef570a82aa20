import { getTranslations } from "next-intl/server";
import type { ExplainedProfile } from "@/lib/permissions/explain-profile";

/**
 * Each profile in words, built from the permission catalog: what a member with it may do and
 * may not do, so whoever invites or changes a member knows what they give. One disclosure per
 * profile keeps the page short; the names are the ones the invitation form offers.
 */
export async function ProfileExplanations({ profiles }: { profiles: ExplainedProfile[] }) {
  const [t, tProfiles, tPermissions] = await Promise.all([getTranslations("members.explain"), getTranslations("profiles"), getTranslations("permissions")]);
  return (
    <div className="space-y-3" data-testid="profile-explanations">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ul className="space-y-2">
        {profiles.map((profile) => {
          const name = profile.kind === "built-in" ? tProfiles(profile.id) : profile.name!;
          return (
            <li key={profile.id}>
              <details className="rounded-md border border-slate-200 px-3 py-2 text-sm" data-testid="profile-explanation" data-profile={name}>
                <summary className="cursor-pointer font-medium">
                  {name}
                  <span className="ml-2 font-normal text-slate-600">{profile.kind === "built-in" ? t("builtIn") : t("named")}</span>
                </summary>
                <div className="mt-2 grid gap-3 sm:grid-cols-2">
                  <div>
                    <h3 className="font-medium text-green-800">{t("may")}</h3>
                    <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="profile-may">
                      {profile.explanation.may.map((key) => (
                        <li key={key}>{tPermissions(key)}</li>
                      ))}
                    </ul>
                  </div>
                  <div>
                    <h3 className="font-medium text-red-800">{t("mayNot")}</h3>
                    <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="profile-may-not">
                      {profile.explanation.mayNot.map((key) => (
                        <li key={key}>{tPermissions(key)}</li>
                      ))}
                      <li>{t("ownerOnly")}</li>
                    </ul>
                  </div>
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
