"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createProfileAction, deleteProfileAction, updateProfileAction } from "@/app/(app)/accounts/[accountId]/users/actions";
import { initialActionResult } from "@/lib/actions/action-result";
import { FormFeedback } from "@/components/ui/form-feedback";
import { Button } from "@/components/ui/button";
import { SmallActionForm } from "@/components/ui/small-action-form";
import { TextField } from "@/components/ui/text-field";
import { PermissionCheckboxes } from "./permission-checkboxes";

type Profile = { id: string; name: string; permissions: string[] };

function ProfileForm({ accountId, keys, profile }: { accountId: string; keys: readonly string[]; profile?: Profile }) {
  const t = useTranslations("profilesSection");
  const [state, formAction, pending] = useActionState(profile ? updateProfileAction : createProfileAction, initialActionResult);
  const errors = state.fieldErrors ?? {};
  const idPrefix = profile ? `profile-${profile.id}` : "new-profile";
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={profile ? profile.name : t("newTitle")}>
      <FormFeedback state={state} success={profile ? t("saved") : null} />
      <input type="hidden" name="accountId" value={accountId} />
      {profile ? <input type="hidden" name="profileId" value={profile.id} /> : null}
      <TextField label={t("name")} name="name" id={`${idPrefix}-name`} defaultValue={state.ok && !profile ? "" : (state.values?.name ?? profile?.name ?? "")} errors={errors.name} />
      <PermissionCheckboxes keys={keys} checked={profile?.permissions ?? []} legend={t("keys")} />
      {errors.permissions ? <p className="text-sm text-red-700">{errors.permissions.join(" ")}</p> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {profile ? t("save") : t("create")}
      </Button>
    </form>
  );
}

/** The account's named profiles: each editable in place, deletable when unused, and a form for a new one. */
export function NamedProfiles({ accountId, keys, profiles }: { accountId: string; keys: readonly string[]; profiles: Profile[] }) {
  const t = useTranslations("profilesSection");
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {profiles.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      {profiles.map((profile) => (
        <div key={profile.id} className="space-y-2 rounded-md border border-slate-200 p-4" data-testid="named-profile">
          <ProfileForm accountId={accountId} keys={keys} profile={profile} />
          <SmallActionForm action={deleteProfileAction} fields={{ accountId, profileId: profile.id }} label={t("delete")} ariaLabel={`${t("delete")}: ${profile.name}`} />
        </div>
      ))}
      <div className="space-y-2 rounded-md border border-dashed border-slate-300 p-4">
        <h3 className="font-semibold">{t("newTitle")}</h3>
        <ProfileForm accountId={accountId} keys={keys} />
      </div>
    </div>
  );
}
