"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { PermissionCheckboxes } from "./permission-checkboxes";

export type GrantChoices = {
  builtIn: string[];
  named: { id: string; name: string }[];
  /** Every grantable key, for a custom set; the server refuses keys the chooser does not hold. */
  keys: string[];
};

/** Chooses a built-in profile, a named profile, or a custom set of keys (form fields `profile` and `permissions`). */
export function GrantPicker({ choices, initialProfile, initialKeys = [], idPrefix, errors }: { choices: GrantChoices; initialProfile: string; initialKeys?: string[]; idPrefix: string; errors?: string[] }) {
  const t = useTranslations();
  const [profile, setProfile] = useState(initialProfile);
  return (
    <div className="space-y-2">
      <label htmlFor={`${idPrefix}-profile`} className="block text-sm font-medium text-slate-800">
        {t("members.grant.profile")}
      </label>
      <select id={`${idPrefix}-profile`} name="profile" aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${idPrefix}-profile-error` : undefined} value={profile} onChange={(e) => setProfile(e.target.value)} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2">
        <optgroup label={t("members.grant.builtIn")}>
          {choices.builtIn.map((id) => (
            <option key={id} value={id}>
              {t(`profiles.${id}`)}
            </option>
          ))}
        </optgroup>
        {choices.named.length ? (
          <optgroup label={t("members.grant.named")}>
            {choices.named.map((named) => (
              <option key={named.id} value={`named:${named.id}`}>
                {named.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        <option value="custom">{t("members.grant.custom")}</option>
      </select>
      {profile === "custom" ? (
        <PermissionCheckboxes keys={choices.keys} checked={initialKeys} legend={t("members.grant.permissions")} />
      ) : null}
      {errors?.length ? (
        <p id={`${idPrefix}-profile-error`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
